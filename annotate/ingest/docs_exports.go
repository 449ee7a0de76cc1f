package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// reDocsClass matches a class name a word processor's HTML export
// generates: "c1", "c14".
var reDocsClass = regexp.MustCompile(`^c\d{1,3}$`)

// reCommentRef matches the link of a comment anchor in a Google Docs
// export ("#cmnt3") and of the comment back to it ("#cmnt_ref3").
var reCommentRef = regexp.MustCompile(`^#cmnt(?:_ref)?\d+$`)

// reStruckRule matches a style rule that strikes its text through:
// ".c9{text-decoration:line-through;color:#9e9e9e}".
var reStruckRule = regexp.MustCompile(`\.([A-Za-z][\w-]*)\{[^}]*text-decoration:\s*line-through[^}]*\}`)

// docsExport is what a Google Docs "Download as HTML" page says of itself:
// its headline and standfirst (the "title" and "subtitle" paragraphs) and
// the comments left on the draft, which are furniture.
type docsExport struct {
	title, subtitle string
	furniture       []unit
}

// readDocsExport recognises a Google Docs export and takes its draft's
// furniture out of the tree before the extractor reads it: the comment
// anchors in the text ("[a]" in a <sup> linking to "#cmnt1"), the comments
// at the end (anchor, commenter, comment) and the text of a suggested edit
// struck through by a style class (the inserted text stays). The export is
// known by its markup, never by its words: the body's "doc-content" class,
// or comment links with generated class names ("c1", "c7"). It reports
// false for any other page, and then leaves the tree alone.
func readDocsExport(doc *html.Node) (docsExport, bool) {
	var g docsExport
	body := findElement(doc, atom.Body)
	if body == nil || !isDocsExport(body) {
		return g, false
	}
	struck := map[string]bool{}
	if style := findElement(doc, atom.Style); style != nil {
		for c := style.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.TextNode {
				continue
			}
			for _, m := range reStruckRule.FindAllStringSubmatch(c.Data, -1) {
				struck[m[1]] = true
			}
		}
	}
	var drop []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch {
		case n.DataAtom == atom.A && strings.HasPrefix(attr(n, "href"), "#cmnt_ref"):
			// a comment: its block (the comment's <div>, else its <p>)
			box := n.Parent
			if box != nil && box.Parent != nil && box.Parent.DataAtom == atom.Div && box.Parent != body {
				box = box.Parent
			}
			if box != nil {
				for _, line := range blockLines(box) {
					g.furniture = append(g.furniture, unit{text: line, block: -1, junk: junkChrome})
				}
				drop = append(drop, box)
			}
			return
		case n.DataAtom == atom.A && reCommentRef.MatchString(attr(n, "href")):
			if n.Parent != nil && n.Parent.DataAtom == atom.Sup {
				drop = append(drop, n.Parent)
			} else {
				drop = append(drop, n)
			}
			return
		case n.DataAtom == atom.Span && hasClass(n, struck):
			drop = append(drop, n)
			return
		case n.DataAtom == atom.P && hasClassName(n, "title") && g.title == "":
			g.title = squeezeSpacesKeepingNoBreak(textOf(n))
		case n.DataAtom == atom.P && hasClassName(n, "subtitle") && g.subtitle == "":
			g.subtitle = squeezeSpacesKeepingNoBreak(textOf(n))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(body)
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	return g, true
}

// isDocsExport reports a body that a Google Docs export wrote: its class
// "doc-content", or comment links and paragraphs with generated classes.
func isDocsExport(body *html.Node) bool {
	if hasClassName(body, "doc-content") {
		return true
	}
	links, generated := 0, 0
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.DataAtom == atom.A && reCommentRef.MatchString(attr(n, "href")) {
				links++
			}
			if n.DataAtom == atom.P && reDocsClass.MatchString(strings.Fields(attr(n, "class") + " x")[0]) {
				generated++
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(body)
	return links >= 2 && generated >= 3
}

// findElement returns the first element of the kind in the tree.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// hasClassName reports whether the element's class list holds name.
func hasClassName(n *html.Node, name string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == name {
			return true
		}
	}
	return false
}

// hasClass reports whether the element carries one of the classes.
func hasClass(n *html.Node, classes map[string]bool) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if classes[c] {
			return true
		}
	}
	return false
}

// blockLines returns the text of the paragraphs in n, one line each, the
// comment anchor ("[a]") left out.
func blockLines(n *html.Node) []string {
	var lines []string
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.A && reCommentRef.MatchString(attr(n, "href")):
			if t := squeezeSpacesKeepingNoBreak(textOf(n)); t != "" {
				lines = append(lines, t)
			}
			return
		}
		block := n.Type == html.ElementNode && isBlockTag(n)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			if t := squeezeSpacesKeepingNoBreak(b.String()); t != "" {
				lines = append(lines, t)
			}
			b.Reset()
		}
	}
	walk(n)
	if t := squeezeSpacesKeepingNoBreak(b.String()); t != "" {
		lines = append(lines, t)
	}
	return lines
}
