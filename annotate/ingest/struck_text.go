package ingest

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropStruckText takes text struck through in the markup (<del>, <s>,
// <strike>) out of the tree before the extractor reads it: a newsroom
// strikes what it withdraws ("<del>eight</del><ins>twelve</ins>"), and the
// withdrawn words are no longer the story. The inserted text stays. The
// struck text is returned as removed lines. A page that strikes most of
// its text (a whole story withdrawn, kept for the record) is left alone.
func dropStruckText(doc *html.Node) []unit {
	var struck []*html.Node
	total, gone := 0, 0
	var visit func(n *html.Node, in bool)
	visit = func(n *html.Node, in bool) {
		switch n.Type {
		case html.TextNode:
			total += len(n.Data)
			if in {
				gone += len(n.Data)
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			case atom.Del, atom.S, atom.Strike:
				if !in {
					struck = append(struck, n)
				}
				in = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, in)
		}
	}
	visit(doc, false)
	if len(struck) == 0 || gone*2 > total {
		return nil
	}
	var out []unit
	for _, n := range struck {
		if t := squeezeSpacesKeepingNoBreak(textOf(n)); t != "" {
			out = append(out, unit{text: t, block: -1, junk: junkChrome})
		}
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	return out
}
