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
	q := quoteWords(quote)
	if len(q) < 4 {
		return false
	}
	return runsInside(q, quoteWords(paragraph)) || runsInside(q, quoteWords(quotedSpans(paragraph)))
}

// runsInside reports whether the words q run, in order and without a gap,
// inside the words p.
func runsInside(q, p []string) bool {
	if len(p) < len(q) {
		return false
	}
	return strings.Contains(" "+strings.Join(p, " ")+" ", " "+strings.Join(q, " ")+" ")
}

// quotedSpans returns what paragraph sets inside double quotation marks,
// the spans joined by spaces: a pull quote leaves out the speech tag that
// splits the sentence it repeats (“You let it go. It went.” over the body's
// “You let it go,” she says. “It went.”).
func quotedSpans(paragraph string) string {
	var b strings.Builder
	inside := false
	for _, r := range paragraph {
		switch {
		case r == '“' || r == '«' || r == '"' && !inside:
			inside = true
			b.WriteByte(' ')
		case r == '”' || r == '»' || r == '"' && inside:
			inside = false
			b.WriteByte(' ')
		case inside:
			b.WriteRune(r)
		}
	}
	return b.String()
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
