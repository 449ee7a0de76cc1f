package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An obituary ends on the subject's name and dates: "Ines Adaeze Okwuosa,
// glaciologist, born 3 June 1945; died 20 February 2027", "Tom Reid,
// printer, b. 1931, d. 2026". It is the last paragraph of the article, not
// a sentence and under a dozen words, so it looks like another story's
// title left under the text (trailing_and_icon_lines.go); and pages set it
// in a paragraph of a "footer" class ("obit-footer"), which the extractor
// drops with the site's footer. A line that names a birth and then a death,
// each with a year, is the article's own.

// reObituaryLifeLine matches a name (and what the person was) then
// "born …" or "b. …" with a year, then "died …" or "d. …" with a year.
var reObituaryLifeLine = regexp.MustCompile(`^\p{Lu}[^;:!?]{1,120}?[,;]\s*(?:born|b\.)\s+[^;:!?]{0,40}?\b\d{4}\s*[;,]\s*(?:and\s+)?(?:died|d\.)\s+[^;:!?]{0,40}?\b\d{4}\.?$`)

// obituaryLifeLine reports an obituary's closing line of name and dates.
func obituaryLifeLine(s string) bool {
	return wordCount(s) <= 30 && reObituaryLifeLine.MatchString(strings.Join(strings.Fields(s), " "))
}

// unhideObituaryLifeLine clears the class and id of a paragraph that holds
// an obituary's line of name and dates, so the extractor keeps it whatever
// class the page gives it.
func unhideObituaryLifeLine(n *html.Node) {
	if n.DataAtom != atom.P || attr(n, "class") == "" && attr(n, "id") == "" {
		return
	}
	t, whole := textPrefix(n, 400)
	if !whole || !obituaryLifeLine(t) {
		return
	}
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			kept = append(kept, a)
		}
	}
	n.Attr = kept
}
