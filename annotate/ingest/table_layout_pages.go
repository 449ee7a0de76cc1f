package ingest

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// tableStory is the story of an old table-layout page: the <td> that holds
// it, its heading and its standfirst ("" when the cell has none).
type tableStory struct {
	cell          *html.Node
	headline, dek string
}

// minTableStoryWords is the least prose a cell must hold to be read as the
// story: a navigation column, a masthead or a "Latest headlines" box has
// tens of words, a news story hundreds.
const minTableStoryWords = 150

// tableLayoutStory finds the story of a page laid out the way regional
// sites were in the early 2000s: no <article>, <main> or <p>, the page one
// table whose cells hold the masthead, a navigation column, a hit counter,
// a right-hand column and, in one cell, the story inside <font> tags with
// its paragraphs split by <br><br>. The extractor reads such a page by its
// <p> elements and keeps the short side cells (which the table walker
// writes as lines) while it drops the story cell, so the cell is found
// here: the <td> with the most words of its own (not in links, not in a
// table inside it), when that is at least minTableStoryWords and more
// than half of the page's unlinked words. It reports false on any page
// with paragraphs or article markup, which the extractor reads well.
func tableLayoutStory(doc *html.Node) (tableStory, bool) {
	var best *html.Node
	bestWords, total := 0, 0
	own := map[*html.Node]int{}
	structured := false
	var visit func(n *html.Node, cell *html.Node, linked bool)
	visit = func(n *html.Node, cell *html.Node, linked bool) {
		switch n.Type {
		case html.TextNode:
			if linked {
				return
			}
			w := wordCount(n.Data)
			total += w
			if cell != nil {
				own[cell] += w
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Title, atom.Head:
				return
			case atom.P, atom.Article, atom.Main, atom.H1:
				structured = true
			case atom.Td, atom.Th:
				cell = n
			case atom.A:
				linked = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, cell, linked)
		}
	}
	visit(doc, nil, false)
	if structured {
		return tableStory{}, false
	}
	for cell, w := range own {
		if w > bestWords {
			best, bestWords = cell, w
		}
	}
	if best == nil || bestWords < minTableStoryWords || 2*bestWords <= total {
		return tableStory{}, false
	}
	s := tableStory{cell: best}
	s.headline, s.dek = storyCellHeading(best)
	return s, true
}

// storyCellHeading returns the heading of a table-layout story cell: the
// first run of large type (<font size="4"> or more, or "+1" and up) or of
// bold type standing alone on its line, of 3 to 25 words and without a
// link; and the standfirst, the italic line right after it. The small
// grey breadcrumb above it and the bold "Latest headlines" of a side box
// are no heading: the first is small, the second sits in another cell.
func storyCellHeading(cell *html.Node) (headline, dek string) {
	var head *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		for c := n.FirstChild; c != nil && head == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Table || c.DataAtom == atom.A {
				continue
			}
			if largeType(c) || (c.DataAtom == atom.B || c.DataAtom == atom.Strong) && aloneOnLine(c) {
				t := squeezeSpacesKeepingNoBreak(textOf(c))
				if n := wordCount(t); n >= 3 && n <= 25 && !hasLink(c) {
					head = c
					headline = t
					return
				}
			}
			find(c)
		}
	}
	find(cell)
	if head == nil {
		return "", ""
	}
	// The standfirst: the next element after the heading (its outermost
	// <font>, past <br>s), when all its text is in <i> or <em>.
	at := head
	for at.Parent != nil && at.Parent != cell && at.Parent.DataAtom == atom.Font && at.PrevSibling == nil && at.NextSibling == nil {
		at = at.Parent
	}
	for c := at.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" || c.Type == html.ElementNode && c.DataAtom == atom.Br {
			continue
		}
		if c.Type != html.ElementNode {
			break
		}
		t := squeezeSpacesKeepingNoBreak(textOf(c))
		if n := wordCount(t); n >= 5 && n <= 60 && !hasLink(c) && italicText(c) == t {
			dek = t
		}
		break
	}
	return headline, dek
}

// largeType reports a <font> whose size is 4 or more ("+1" and up counts
// from the default 3).
func largeType(n *html.Node) bool {
	if n.DataAtom != atom.Font {
		return false
	}
	size := strings.TrimSpace(attr(n, "size"))
	if size == "" {
		return false
	}
	v, err := strconv.Atoi(strings.TrimPrefix(size, "+"))
	if err != nil {
		return false
	}
	if strings.HasPrefix(size, "+") {
		return v >= 1
	}
	return !strings.HasPrefix(size, "-") && v >= 4
}

// aloneOnLine reports an element with only <br>s or nothing around it in
// its parent.
func aloneOnLine(n *html.Node) bool {
	for _, c := range []*html.Node{n.PrevSibling, n.NextSibling} {
		if c == nil || c.Type == html.ElementNode && c.DataAtom == atom.Br || c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		return false
	}
	return true
}

// italicText returns the squeezed text of the <i> and <em> elements under n.
func italicText(n *html.Node) string {
	var parts []string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.I || n.DataAtom == atom.Em) {
			parts = append(parts, textOf(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return squeezeSpacesKeepingNoBreak(strings.Join(parts, " "))
}
