package ingest

import (
	"strings"
	"unicode"
)

// repeatsBodyWords reports whether a pull quote's words run, in the same
// order and without a gap, inside another paragraph once quotation marks
// and punctuation are set aside: a magazine's pull quote drops the inner
// quotation marks and commas of the sentence it repeats ("‘Ana kept
// saying, we're lost’" over the body's "‘Ana kept saying, “We're lost,
// we're lost.” …’"). Four words at least must match.
func repeatsBodyWords(quote, paragraph string) bool {
	q, p := quoteWords(quote), quoteWords(paragraph)
	if len(q) < 4 || len(p) < len(q) {
		return false
	}
	return strings.Contains(" "+strings.Join(p, " ")+" ", " "+strings.Join(q, " ")+" ")
}

// quoteWords returns the lower-cased words of s, each without the
// punctuation and quotation marks around it; a typographic apostrophe is
// read as a straight one.
func quoteWords(s string) []string {
	s = strings.ReplaceAll(strings.ToLower(s), "’", "'")
	var words []string
	for _, f := range strings.Fields(s) {
		if w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); w != "" {
			words = append(words, w)
		}
	}
	return words
}
