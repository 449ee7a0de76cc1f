package ingest

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minLeadingParagraphWords is how many words a plain <p> right under an
// <h1> needs to count as the story's first paragraph rather than a site's
// tagline.
const minLeadingParagraphWords = 12

// h1LeadsArticle reports whether an <h1> is the article's own heading: the
// element right after it is the standfirst (a class naming one) or a
// paragraph of body text. A page whose og:title or JSON-LD headline was
// written for sharing ("Brooch mystery solved as …") prints the story's
// headline in that <h1>; an <h1> holding the site's name stands over a
// tagline or a menu instead, and is passed over.
func h1LeadsArticle(h1 *html.Node) bool {
	if wordCount(textOf(h1)) < 3 {
		return false
	}
	next := h1.NextSibling
	for next != nil && next.Type != html.ElementNode {
		next = next.NextSibling
	}
	if next == nil {
		return false
	}
	switch next.DataAtom {
	case atom.P, atom.H2, atom.Div:
	default:
		return false
	}
	if reDekClass.MatchString(attr(next, "class")) {
		return true
	}
	t, _ := textPrefix(next, maxDekBytes)
	return next.DataAtom == atom.P && wordCount(t) >= minLeadingParagraphWords
}

// visibleHeadline returns the page's <h1> when it leads the article
// (h1LeadsArticle) and differs from the title found first, else that title.
func visibleHeadline(title string, p page) string {
	if !p.h1Leads || p.h1 == "" || sameText(p.h1, title) {
		return title
	}
	return p.h1
}
