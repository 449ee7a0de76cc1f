package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML extractor rebuilds a <blockquote> from its text alone: the
// paragraphs inside lose their elements and the white space at the edges
// of each text node is trimmed, so a quoted transcript
//
//	<blockquote><p><strong>CHAIR:</strong> Order, please.</p>
//	<p><strong>MEMBER:</strong> On a point of order.</p></blockquote>
//
// comes back as "CHAIR:Order, please.MEMBER:On a point of order.", one
// run-on line with the speaker labels glued to their words. quoteSources
// keeps a copy of each blockquote before the extractor runs, and
// restoreQuoteParagraphs puts the copy's markup back in place of the
// extractor's version when the two hold the same text but for white
// space: nothing the extractor dropped comes back, only the paragraph
// breaks and spaces it lost.

// quoteSources returns a copy of every <blockquote> of the page made of
// paragraphs only (a transcript, a quoted letter; not a pasted social post
// with its header and counts, which other rules read), keyed by its text
// without white space. A quote whose copy would be ambiguous (two quotes
// of the same text) is left out.
func quoteSources(doc *html.Node) map[string]*html.Node {
	quotes := map[string]*html.Node{}
	seen := map[string]int{}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return
			case atom.Blockquote:
				key := spacelessText(n)
				if key != "" && paragraphsOnly(n) {
					seen[key]++
					quotes[key] = cloneTree(n)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for key, count := range seen {
		if count > 1 {
			delete(quotes, key)
		}
	}
	return quotes
}

// restoreQuoteParagraphs replaces the children of each blockquote in the
// extracted tree by those of the page's own copy of it, when that copy
// has the same text but for white space and the extractor's version lost
// some of it (a paragraph break or a space).
func restoreQuoteParagraphs(content *html.Node, quotes map[string]*html.Node) {
	if content == nil || len(quotes) == 0 {
		return
	}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Blockquote || n.Data == "blockquote" || n.Data == "quote") {
			src, ok := quotes[spacelessText(n)]
			if ok && textOf(src) != textOf(n) {
				for c := n.FirstChild; c != nil; {
					next := c.NextSibling
					n.RemoveChild(c)
					c = next
				}
				for c := src.FirstChild; c != nil; {
					next := c.NextSibling
					src.RemoveChild(c)
					n.AppendChild(c)
					c = next
				}
				delete(quotes, spacelessText(n))
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(content)
}

// paragraphsOnly reports whether every child of n is a <p> or white space.
func paragraphsOnly(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.P:
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.CommentNode:
		default:
			return false
		}
	}
	return true
}

// spacelessText is a node's text (no scripts or styles) without any white
// space, so two versions of it that differ only in spacing compare equal.
func spacelessText(n *html.Node) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, textOf(n))
}

// cloneTree returns a deep copy of n, detached from its parent.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	c.Attr = append([]html.Attribute(nil), n.Attr...)
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneTree(k))
	}
	return c
}
