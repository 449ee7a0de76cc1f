package ingest

import (
	"regexp"
	"strings"
)

// reBracketedImageCredit matches the credit some tabloid and mobile pages
// close a caption with, in brackets and with no full stop before it: "…
// in the kitchen of their home (Image: Daily Beacon)", "… at the depot
// (Picture: Jane Roe/PA)". The credit is a label and one to six words
// starting with a capital: an agency, a photographer, "Hallett family".
var reBracketedImageCredit = regexp.MustCompile(`\s\((?:Image|Images|Picture|Pictures|Photo|Photos|Photograph|Pic|Credit|Photo credit)s?:\s*(\p{Lu}[^()"“”]{0,60})\)$`)

// bracketedImageCredit reports a caption that ends in such a credit
// (reBracketedImageCredit). splitCaptionCredit wants a sentence end before
// the credit; these captions have none. The caption before it must have
// three words, and the line must be no reported speech or quotation: a
// caption describes the picture, it does not report.
func bracketedImageCredit(s, lower string, words int) bool {
	if words > 60 || !strings.HasSuffix(s, ")") || strings.ContainsAny(s, "\"“”") || reported(lower) {
		return false
	}
	m := reBracketedImageCredit.FindStringSubmatchIndex(s)
	if m == nil || wordCount(s[m[2]:m[3]]) > 6 {
		return false
	}
	return wordCount(s[:m[0]]) >= 3
}
