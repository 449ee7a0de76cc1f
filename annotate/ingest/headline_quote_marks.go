package ingest

import "strings"

// A page's metadata may give the headline with its quotation marks
// stripped (a JSON-LD "headline" of "Inspectors find reading falling
// behind" over an <h1> of "Inspectors find reading ‘falling behind’"):
// the marks were dropped for sharing, but the headline the reader sees
// carries them, and the stored text must keep every character of it.
// When the <h1> and the title differ only by quotation marks, the <h1>
// wins. A different <h1> (a site's name, another wording) leaves the
// title alone: fullerHeadline and visibleHeadline decide those.

// headlineQuoteMarks are the marks a title may lose.
const headlineQuoteMarks = "‘’“”\"'«»‹›„‚"

// quotedHeadline returns h1 when it is title with quotation marks the
// title lacks, else title.
func quotedHeadline(title, h1 string) string {
	if title == "" || h1 == "" || sameText(title, h1) || !strings.ContainsAny(h1, headlineQuoteMarks) {
		return title
	}
	bare := func(s string) string {
		return strings.Map(func(r rune) rune {
			if strings.ContainsRune(headlineQuoteMarks, r) {
				return -1
			}
			return r
		}, s)
	}
	if !sameText(bare(title), bare(h1)) || len(bare(h1)) == len(h1) {
		return title
	}
	return strings.TrimSpace(h1)
}
