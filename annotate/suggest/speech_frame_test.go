package suggest

import "testing"

// TestSpeechFrame: a paragraph naming a part of the last speaker's speech
// and ending on a colon hands the quoted paragraph after it to her; one
// naming no part of a speech, or someone else, does not.
func TestSpeechFrame(t *testing.T) {
	lead := "The mayor, Ruth Ede, said the depot would stay open.\n\n"
	quote := "\n\n\"We kept the buses running through two floods and a fire. We will keep them running now.\""
	tests := []struct {
		name, frame string
		fires       bool
	}{
		{"her closing passage", "Her closing passage, delivered without notes, won the longest cheer:", true},
		{"his final words", "His final words were for the drivers:", true},
		{"her husband is someone else", "Her husband, a driver for 30 years, was in the front row:", false},
		{"no colon", "Her closing passage won the longest cheer.", false},
		{"not about a speech", "The hall fell silent:", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(lead + tt.frame + quote)
			found := false
			for _, g := range got {
				if g.statement == quote[2:] {
					found = true
					if g.canonical != "Ruth Ede" {
						t.Errorf("speaker %q, want Ruth Ede", g.canonical)
					}
				}
			}
			if found != tt.fires {
				t.Errorf("quotation suggested: %v, want %v (%v)", found, tt.fires, got)
			}
		})
	}
}
