package suggest

import (
	"fmt"
	"testing"
)

// TestSecondHalfAfterLongFrame: the quotation after "“…,” S said <adverb,
// place or time>, <description>." keeps the frame's cue; a tail with a verb
// of its own does not hand the cue on.
func TestSecondHalfAfterLongFrame(t *testing.T) {
	first := "The ferry left late again.\n\n“The gulls get more seats than we do,” Orla Benn "
	tests := []struct {
		name    string
		frame   string
		wantCue string
	}{
		{"an adverb", "said eventually.", "said"},
		{"a hearer and a place", "told reporters at the pier.", "told"},
		{"a time, a place and a description", "said on a wet morning at the pier, a flask of tea in her hand.", "said"},
		{"a relative clause with its verb", "said at the pier, where she has worked for years.", ""},
		{"a clause of time with its verb", "said eventually while the engines were running.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := first + tt.frame + " “Nobody here minds it.”"
			got, _ := readSuggestions(text)
			var cue string
			found := false
			for _, s := range got {
				if s.statement == "“Nobody here minds it.”" {
					cue, found = s.cue, true
				}
			}
			if !found || cue != tt.wantCue {
				t.Errorf("suggestions for %q:\n got %v\nwant the second quotation with cue %q", text, fmt.Sprint(got), tt.wantCue)
			}
		})
	}
}
