package ingest

import (
	"regexp"
	"strings"
)

// A letters page or an advice column closes with the desk's note on what
// readers send in: "Letters may be edited for length.", "Submissions may
// be shortened for space and clarity." It says what the paper may do to a
// letter, not what anyone in the story said, so it goes as reEditedNote's
// transcript note does. It must be the whole line: a sentence of the
// story that goes on ("Letters may be edited, the editor said, …") stays.

// reLettersEditNote matches such a note: what readers send, "may", "will"
// or "can be" edited, and perhaps what for.
var reLettersEditNote = regexp.MustCompile(`^(?i:(?:all |readers['’] )?(?:letters|emails|submissions|contributions|comments|questions|letters to the editor)(?: and (?:letters|emails|comments|questions|submissions))? (?:may|will|can|might) be (?:edited|shortened|condensed|abridged|trimmed)(?: (?:and|or) (?:edited|shortened|condensed))?(?: for (?:length|clarity|brevity|space|legal reasons)(?:,? (?:and|or) (?:length|clarity|brevity|space|legal reasons))?)?)\.?$`)

// lettersEditNote reports a letters page's editing note, a line of up to
// twelve words.
func lettersEditNote(s string, words int) bool {
	return words <= 12 && reLettersEditNote.MatchString(strings.Trim(s, "*_[]() "))
}
