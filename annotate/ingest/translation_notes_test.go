package ingest

import "testing"

// A desk's bracketed note that a story is a translation, in wordings no
// fixture uses, beside bracketed asides and sentences that must stay.
func TestTranslationNotes(t *testing.T) {
	for _, s := range []string{
		"[Note: This is an unofficial translation of a French-language report. The French text is authoritative.]",
		"(This is a machine translation of the original German article.)",
		"[Editor's note: This report has been translated from Turkish. In case of doubt the original prevails.]",
		"[This dispatch was automatically translated from Portuguese]",
	} {
		if !translationNote(s, wordCount(s)) {
			t.Errorf("note not found: %q", s)
		}
	}
	for _, s := range []string{
		"[translation: 'we will stay']",
		"This is an unofficial translation of the letter, which the minister read aloud on Tuesday.",
		"[Note: This is an unofficial translation of the letter. \"We will stay,\" it reads.]",
		"(This is the translation the court relied on, the lawyer said.) The trial went on.",
		"[Note: the ministry later withdrew the statement.]",
	} {
		if translationNote(s, wordCount(s)) {
			t.Errorf("not a note, taken as one: %q", s)
		}
	}
}
