package ingest

import (
	"regexp"
	"strings"
)

// An editing note over a transcript excerpt often ends in a link to the
// whole text, which a saved page keeps as words on the same line: "This
// excerpt has been edited for length and clarity. Read the full
// transcript". The note and its pointer are the desk's, as the note alone
// is (reExcerptNote, reEditedNote). The pointer alone, or a sentence of
// the story that goes on after the note, is no such line.

// reFullTextPointer matches the pointer after the note: "Read the full
// transcript", "Listen to the full episode", "Full interview here".
var reFullTextPointer = regexp.MustCompile(`(?i)\s*(?:(?:read|see|listen to|watch|get) (?:the )?(?:full|complete|whole|unedited)|(?:the )?full) (?:transcript|interview|episode|conversation|exchange|recording|text)(?: here| online| on our website)?\s*[.→›»]?$`)

// excerptNoteWithPointer reports an editing note followed by a pointer to
// the full text, on one line.
func excerptNoteWithPointer(s string, words int) bool {
	if words > 30 || strings.ContainsAny(s, "\"“”«»") {
		return false
	}
	loc := reFullTextPointer.FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return false
	}
	note := strings.TrimSpace(s[:loc[0]])
	if !strings.HasSuffix(note, ".") {
		return false
	}
	return reExcerptNote.MatchString(note) || reEditedNote.MatchString(note) || reEventEditedNote.MatchString(note)
}
