package ingest

import (
	"regexp"
	"strings"
)

// A story updated through the day says so under its header in a note
// with a label: "Update: This article has been updated with a statement
// from the family.", "Editor's note: This story was updated to include
// …". rePromo reads the notice bare ("This article has been updated …");
// behind its label it stayed as the first paragraph. The note speaks of
// the page itself ("this article", "this story"), which news about an
// update does not.
//
// The same note comes bare, saying when the page first went up: "This
// article was first published at 9.32am and has been updated throughout
// the day." rePromo's bare notice wants "was published" or "was updated"
// next to the page, so "first" between them kept the note as a paragraph.

// reLabelledUpdateNote matches the label and the notice. A note that the
// story was amended or corrected is a correction, which correctionNote
// keeps as a trailer.
var reLabelledUpdateNote = regexp.MustCompile(`^(?i:updated?|editor['’]?s note|note)\s*[:—–-]\s*(?i:this (?:article|story|report|page|post|piece) (?:has been|was|had been|is being|will be) (?:updated|expanded))\b`)

// reFirstPublishedUpdateNote matches the bare note that says when the
// page first went up and that it has been updated since: both halves, so
// a note that a piece first ran elsewhere ("This article was first
// published in The Conversation") is left to the republication rules.
var reFirstPublishedUpdateNote = regexp.MustCompile(`^(?i:this (?:article|story|report|page|post|piece|live blog|blog) was (?:first|originally) (?:published|posted) (?:at|on) (?:[^.;"“”]|\.\d){1,60}? and (?:has been|was|is being|will be) (?:updated|expanded)\b)`)

// labelledUpdateNote reports such a note on a line of its own: short, no
// quotation. It may say what the update brought ("a reported sighting"),
// so a reporting word after the notice does not make it news.
func labelledUpdateNote(s string, words int) bool {
	if words > 40 || strings.ContainsAny(s, "\"“”") {
		return false
	}
	t := strings.Trim(s, "*_ ")
	return reLabelledUpdateNote.MatchString(t) || reFirstPublishedUpdateNote.MatchString(t)
}
