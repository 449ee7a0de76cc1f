package suggest

import (
	"fmt"
	"testing"
)

// TestQuotedHeadingNoFloating: a live entry's heading set in quotation
// marks is no floating quotation of the speaker before it; a quoted
// paragraph that is a sentence of its own still is.
func TestQuotedHeadingNoFloating(t *testing.T) {
	const before = "The mayor, Ruth Ames, said the bridge would stay shut until engineers had inspected it.\n\n"
	const entry = "\n\nOn Mill Lane, Tom Baxter, 71, was bailing out his kitchen with a bucket while his wife carried the cat upstairs."
	tests := []struct {
		name    string
		text    string
		heading bool
	}{
		{"single marks, entry follows", before + "'The river just kept rising'" + entry, true},
		{"curly marks, entry follows", before + "‘We lost everything in an hour’" + entry, true},
		{"double marks, entry follows", before + "\"Nobody told us to leave\"" + entry, true},
		{"near miss: the quotation ends in a stop", before + "“The river just kept rising.”" + entry, false},
		{"near miss: a quotation follows, not running text", before + "“The river just kept rising”\n\n“And then the power went off, and we sat in the dark until morning came.”", false},
		{"near miss: the quotation ends the text", before + "“The river just kept rising”", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			floating := false
			for _, s := range got {
				if s.pattern == "F" {
					floating = true
				}
			}
			if floating == tt.heading {
				t.Errorf("floating quotation in %q: %v, want %v\n%v", tt.text, floating, !tt.heading, fmt.Sprint(got))
			}
		})
	}
}
