package suggest

import (
	"fmt"
	"testing"
)

// TestSignedQuote: a quotation paragraph signed "— Name, role" on the next
// line is the named person's statement; a dash line with no name of two
// words, or a quotation that does not fill its paragraph, signs nothing.
func TestSignedQuote(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "statement | speaker"
	}{
		{"a name and a role",
			"Reactions\n\n“We will reopen the footbridge as soon as the divers are done.”\n\n— Nora Pike, harbour master, Pennock Port",
			[]string{"“We will reopen the footbridge as soon as the divers are done.” | Nora Pike"}},
		{"a name alone ends the line",
			"Reactions\n\n“The tide came in faster than anyone had seen.”\n\n— Owen Tasker",
			[]string{"“The tide came in faster than anyone had seen.” | Owen Tasker"}},
		{"near miss: a one-word signature",
			"Reactions\n\n“The tide came in faster than anyone had seen.”\n\n— Anonymous",
			nil},
		{"near miss: a dash bullet that is a sentence",
			"Reactions\n\n“The tide came in faster than anyone had seen.”\n\n— Grey bins go fortnightly from May.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			var pairs []string
			for _, s := range got {
				pairs = append(pairs, s.statement+" | "+s.speaker)
			}
			if fmt.Sprint(pairs) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, pairs, tt.want)
			}
		})
	}
}
