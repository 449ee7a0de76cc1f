package ingest

import "testing"

// Editing notes of letters pages and columns, in wordings no fixture uses,
// beside sentences about letters that must stay.

func TestLettersEditNote(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"length", "Letters may be edited for length.", true},
		{"space and clarity", "Submissions may be shortened for space and clarity.", true},
		{"emails, italic", "*Emails and letters will be edited for brevity*", true},
		{"plain", "All letters may be edited.", true},
		{"sentence goes on", "Letters may be edited for length, the editor said, but never for meaning.", false},
		{"the story's letters", "The letters may be edited by the committee before publication.", false},
		{"past tense", "Letters were edited for length before the inquiry saw them.", false},
		{"someone's letters", "Her letters may be edited for length.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := lettersEditNote(tc.line, wordCount(tc.line)); got != tc.want {
				t.Errorf("lettersEditNote(%q) = %v, want %v", tc.line, got, tc.want)
			}
			want := keep
			if tc.want {
				want = junkTrailer
			}
			if got := postOrNoticeKind(tc.line, "", wordCount(tc.line)); got != want {
				t.Errorf("postOrNoticeKind(%q) = %v, want %v", tc.line, got, want)
			}
		})
	}
}
