package ingest

import (
	"regexp"
	"strings"
)

// A paper's corrections column and its readers' editor's column carry
// furniture of their own: the columns' headings, which name the column and
// not its subject ("Corrections and clarifications", "The readers’
// editor"), and the contact line after them ("To contact the readers’
// editor, email … or write to …").

// columnHeadings are those headings, lower-cased, with a straight
// apostrophe.
var columnHeadings = setOf(
	"corrections and clarifications", "corrections & clarifications", "clarifications and corrections",
	"corrections and amplifications", "readers' editor", "the readers' editor", "from the readers' editor",
	"public editor", "the public editor", "readers' representative", "the readers' representative",
	"the ombudsman", "readers' ombudsman", "the readers' ombudsman",
)

// reColumnContact matches the contact line of such a column: "To contact
// the readers’ editor, email …", "To reach our standards editor, write to …".
var reColumnContact = regexp.MustCompile(`^(?i:to (?:contact|reach|write to|get in touch with)) (?i:the|our) [\p{L}'’ -]{2,40}, (?i:e-?mail|write|call|phone|ring|contact)\b`)

// columnFurnitureLine classifies a column heading and a column's contact
// line; a sentence about the column, or one a person said, stays.
func columnFurnitureLine(s string, words int) junk {
	if words <= 5 {
		key := strings.ReplaceAll(strings.ToLower(strings.Trim(s, "*_: ")), "’", "'")
		if columnHeadings[key] {
			return junkChrome
		}
		return keep
	}
	if words <= 50 && strings.HasPrefix(s, "To ") && reColumnContact.MatchString(s) && (strings.Contains(s, "@") || strings.Contains(strings.ToLower(s), "write to")) &&
		!strings.ContainsAny(s, "\"“”") && !reported(strings.ToLower(s)) {
		return junkTrailer
	}
	return keep
}
