package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordHyphenLabel reports a label list whose label ends at a hyphen set
// between two letters: the hyphen of a double-barrelled name or a compound
// ("Dr Ana Ruiz-Soto, sleep researcher, Lowmarsh Institute"), not a
// separator after a label ("Tags - fisheries, quotas, Scotland").
func wordHyphenLabel(s, list string) bool {
	head := strings.TrimSuffix(s, list)
	if !strings.HasSuffix(head, "-") {
		return false
	}
	r1, _ := utf8.DecodeLastRuneInString(head[:len(head)-1])
	r2, _ := utf8.DecodeRuneInString(list)
	return unicode.IsLetter(r1) && unicode.IsLetter(r2)
}
