package ingest

import (
	"regexp"
	"strings"
)

// A translated wire or release may carry, in brackets under its headline, the
// desk's note that the text is a translation and which version counts:
// "[Note: This is an unofficial translation of a French-language report. The
// French text is authoritative.]", "(This is a machine translation of the
// original German article.)". It is about the text, not the news, and as a
// paragraph it stood between headline and lede. The note opens with "This
// is a … translation" or "This article/report/text has been translated",
// after an optional "Note:" label, and fills the whole bracket; a bracketed
// aside that translates a quoted word ("[translation: 'we will stay']") or a
// sentence that reports a translation stays.
var reTranslationNote = regexp.MustCompile(`^[\[(]\s*(?:(?i:(?:editor|translator)['’]s\s+)?(?i:note)\s*[:–—-]\s*)?` +
	`(?:(?i:this) (?:is|was) (?:an?|the) (?:[\p{L}-]+ ){0,3}(?i:translation)\b|` +
	`(?i:this) (?:[\p{L}-]+ )?(?i:article|report|story|text|statement|release|dispatch) (?:has been|was|is) (?:(?:[\p{L}-]+ )?(?i:translated))\b)` +
	`[^\[\]()"“”«»]*[\])]$`)

// translationNote reports a bracketed note that the story is a translation
// (reTranslationNote).
func translationNote(s string, words int) bool {
	return words <= 40 && strings.Contains(strings.ToLower(s), "translat") && reTranslationNote.MatchString(s)
}
