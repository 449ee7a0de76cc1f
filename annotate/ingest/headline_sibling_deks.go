package ingest

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minSiblingDekWords is how many words an unnamed <h2> under the <h1>
// needs to be read as the standfirst rather than a section heading.
const minSiblingDekWords = 8

// h1SiblingDek returns the standfirst a template sets as a plain <h2> right
// after the article's <h1>, under a class that names no standfirst
// (<h2 class="sub">, <h2>): the extractor drops such a heading, and the
// cleaned text would go from the headline straight to the body. Only the
// <h1>'s next element counts, and only when it reads like a standfirst:
// a whole line of eight to sixty words with lower-case letters, no link
// (hasLink in body_sections.go: a "Read our coverage of …" heading) and no closing colon (a heading
// over a list). An <h1> of fewer than three words is a site's name, and
// the <h2> under it is not its standfirst.
func h1SiblingDek(h1 *html.Node) string {
	if wordCount(textOf(h1)) < 3 {
		return ""
	}
	next := h1.NextSibling
	for next != nil && next.Type != html.ElementNode {
		next = next.NextSibling
	}
	if next == nil || next.DataAtom != atom.H2 || hasLink(next) {
		return ""
	}
	t, whole := textPrefix(next, maxDekBytes)
	if !whole {
		return ""
	}
	t = squeezeSpacesKeepingNoBreak(t)
	if n := wordCount(t); n < minSiblingDekWords || n > 60 || strings.HasSuffix(t, ":") || !strings.ContainsFunc(t, unicode.IsLower) {
		return ""
	}
	return t
}
