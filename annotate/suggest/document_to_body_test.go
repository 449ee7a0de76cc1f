package suggest

import "testing"

// TestDocumentToBody: a document addressed to a body speaks its findings
// ("A memo to the trustees said …"); the body it went to does not, and a
// person who sent it stays the speaker.
func TestDocumentToBody(t *testing.T) {
	tests := []struct {
		name, text, speaker string
	}{
		{"a memo to the trustees", "A memo to the trustees said the museum would need a new roof by 2030.", "A memo to the trustees"},
		{"after a fronted adjunct", "In March, a briefing to the planning committee said the site could flood.", "a briefing to the planning committee"},
		{"the sender speaks", "Ms Hale sent a letter to the trustees and said the roof would last.", "Ms Hale"},
		{"no document", "The chair of the trustees said the roof would last.", "The chair of the trustees"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if len(got) == 0 {
				t.Fatalf("no statement in %q", tt.text)
			}
			if got[0].speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", got[0].speaker, tt.speaker)
			}
		})
	}
}
