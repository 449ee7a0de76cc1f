package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page break can cut a paragraph just before a word in capitals ("… door
// to door on Quail Hollow" / page foot and head / "Road, Cedar Bench Road
// and …"). joinAcrossPages joins a continuation that opens in lower case;
// one that opens on a name stayed a paragraph of its own, and the cut
// half ended the paragraph before it mid-sentence.

// fullMeasureCut reports that the kept line at i, the last before a page
// break, is a line of prose cut off at the page's full measure: eight
// words or more, ending on a letter or a comma (no sentence, no label),
// and at least 85% as long as the page's longest wrapped line of prose
// (proseWidth, pdf_paragraphs.go), which a paragraph's last line seldom
// is; the page's furniture starts a block of its own after it (a line
// that runs on into a credit in its block is a caption), and the
// continuation at j opens on a letter.
func fullMeasureCut(units []unit, i, j int) bool {
	t := strings.TrimSpace(units[i].text)
	if units[i].role != "" || units[i+1].block == units[i].block || wordCount(t) < 8 || endsSentence(t) || strings.HasSuffix(t, ":") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsLetter(last) && last != ',' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(units[j].text); !unicode.IsLetter(r) || units[j].role != "" || wordCount(units[j].text) < 4 {
		return false
	}
	width := proseWidth(units)
	return width >= 60 && utf8.RuneCountInString(t)*100 >= width*85
}

// wrappedAddressClause reports a hard-wrapped line of prose that names a
// street address in passing ("The shelter at Mill School, 200 School Road,
// is open" / "all day …"): it runs on into the next line of its block and
// ends on a word in lower case, where a postal footer ends on a town or a
// postcode. postalLine reads the line alone and took it for an address.
func wrappedAddressClause(units []unit, i int) bool {
	u := units[i]
	if !u.wrap || i+1 >= len(units) || units[i+1].block != u.block {
		return false
	}
	f := strings.Fields(u.text)
	if len(f) < 6 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsLower(r) && reStreet.MatchString(u.text)
}
