package ingest

import "testing"

// Editing notes with a pointer to the full text, in invented words, and
// lines that must stay.
func TestExcerptNoteWithPointer(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"This excerpt has been edited for length and clarity. Read the full transcript", true},
		{"This interview has been condensed and edited for clarity. Read the full interview here", true},
		{"The exchange below has been lightly edited. Listen to the full episode", true},
		{"Read the full transcript", false},
		{"The council said the report had been edited. Read the full transcript", false},
		{"This excerpt has been edited for length and clarity, the producer said. Read the full transcript", false},
		{"This excerpt has been edited for length. The full transcript shows more.", false},
	} {
		if got := excerptNoteWithPointer(tc.line, wordCount(tc.line)); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.line, got, tc.want)
		}
	}
}
