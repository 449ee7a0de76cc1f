package ingest

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A magazine or report page numbers its endnotes with superscripts set
// after the sentence they support ("… in the country.<sup>1</sup> Pryde
// …"); read as plain text the marker runs into the prose ("country.1
// Pryde"). A superscript is a note marker when it holds only a note's
// number or sign and is bracketed ("[7]"), links to a place on the same
// page ("<a href="#n1">"; the extractor may have dropped the link) or
// stands right after punctuation. A superscript
// after a letter or a digit without such a link is part of what it follows
// ("m<sup>2</sup>", "10<sup>6</sup>", "1<sup>st</sup>") and stays.

// reNoteMarkText matches a note marker's text: "1", "12", "[3]", "*", "†".
var reNoteMarkText = regexp.MustCompile(`^\[?(?:\d{1,3}|[*†‡§¶]{1,3})\]?$`)

// noteMarker reports a <sup> element that is a note marker, given the text
// already written before it.
func noteMarker(n *html.Node, before string) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Sup {
		return false
	}
	t := strings.TrimSpace(textOf(n))
	if !reNoteMarkText.MatchString(t) {
		return false
	}
	if strings.HasPrefix(t, "[") || linksInPage(n) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(before, " "))
	return strings.ContainsRune(".,;:!?”’\")", r)
}

// linksInPage reports an element holding a link to an anchor on the same
// page ("#n1", "#fn-3").
func linksInPage(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom == atom.A {
			for _, a := range c.Attr {
				if a.Key == "href" && strings.HasPrefix(a.Val, "#") && len(a.Val) > 1 {
					return true
				}
			}
		}
		if linksInPage(c) {
			return true
		}
	}
	return false
}
