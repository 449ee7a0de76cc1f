package ingest

import (
	"strings"
	"testing"
)

// Calls for readers' letters in wordings no fixture uses, beside story
// lines that mention the editor or letters.

func TestLettersCall(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Have your say on this story - write to the Editor, Pennick Gazette, 3 Quay Lane, Pennick, or email letters@pennickgazette.example", true},
		{"Send us your views: write to the Letters Editor, 21 Market Street, Dunmere DM4 2PL.", true},
		{"Write to us at editor@valleyherald.example with your name and address.", true},
		{"What do you think? Email us at views@coastpost.example", true},
		// near misses
		{"Have your say in the comments below.", false},
		{"Residents were urged to write to the editor of the parish magazine, the vicar said.", false},
		{"Write to us, she pleaded, before the library closes.", false},
		{"“Have your say, write to the editor, it won’t change a thing,” he said.", false},
	}
	for _, tt := range tests {
		if got := lettersCall(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
			t.Errorf("lettersCall(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
