package ingest

import (
	"regexp"
	"strings"
)

// A foreign-language story ends with a note on who put its quotations into
// English: "Quotations in German, French and Italian were translated by
// …", "All interviews were conducted in Spanish and translated by the
// author.", "Quotes from Arabic have been translated by our staff." It is
// the desk's note on the text, not part of the story, and reTrailer's
// "(Translated from German by …)" wants the line to open with
// "translated".

// reTranslationCredit matches the whole line: what was translated
// (quotations, quotes, interviews, remarks, comments), the languages it
// was in (capitalised names), "translated" and, after "by", at most six
// words to the line's end, so a sentence that goes on to report something
// stays.
var reTranslationCredit = regexp.MustCompile(`^(?:(?i:all|the)\s+)?(?i:quotations|quotes|interviews|remarks|comments|statements|excerpts)` +
	`(?:\s+(?:in|from)\s+\p{Lu}\p{L}+(?:(?:,\s*|\s+and\s+|\s+or\s+)\p{Lu}\p{L}+)*)?` +
	`\s+(?i:were|have been|are|has been)\s+(?:(?i:conducted in)\s+\p{Lu}\p{L}+(?:(?:,\s*|\s+and\s+|\s+or\s+)\p{Lu}\p{L}+)*\s+and\s+)?` +
	`(?i:translated)(?:\s+(?i:from|into)\s+(?:the\s+)?\p{Lu}\p{L}+(?:(?:,\s*|\s+and\s+|\s+or\s+)\p{Lu}\p{L}+)*)?` +
	`(?:\s+(?i:by)\s+\S+(?:\s+\S+){0,5})?\.?$`)

// translationCredit reports a note on who translated the story's
// quotations; a line with a quotation mark in it is never one.
func translationCredit(s, lower string, words int) bool {
	return words <= 20 && strings.Contains(lower, "translated") && !strings.ContainsAny(s, "\"“”«»") &&
		reTranslationCredit.MatchString(s)
}
