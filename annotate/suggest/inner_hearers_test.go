package suggest

import (
	"fmt"
	"testing"
)

// TestHearerThenAdjunct: a quotation after a cue whose hearer is followed by
// the time or the event of saying ("said to me this morning, ‘…’", "told
// the players at the break, ‘…’") is the speaker's, inside a quotation
// too; a phrase that is no adjunct of the act keeps the cue from it.
func TestHearerThenAdjunct(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"said to me and a time, inside a quotation",
			"“My aunt rang early. She said to me this morning, ‘Win one for the village.’ We won two,” said the captain, Ola Brandt.",
			[]string{"“My aunt rang early. She said to me this morning, ‘Win one for the village.’ We won two,”", "‘Win one for the village.’"}},
		{"told a hearer and an event, inside a quotation",
			"“He told the players at the break, ‘Nobody leaves this pitch with a clean shirt,’ and they listened,” said Nina Kerr.",
			[]string{"“He told the players at the break, ‘Nobody leaves this pitch with a clean shirt,’ and they listened,”", "‘Nobody leaves this pitch with a clean shirt,’"}},
		{"an event after the cue",
			"The coach said after the match, “We were second best for an hour.”",
			[]string{"“We were second best for an hour.”"}},
		{"a phrase that is no adjunct of the act",
			"“He told the players about the break in the wall, ‘Nobody leaves this pitch with a clean shirt,’ and they listened,” said Nina Kerr.",
			[]string{"“He told the players about the break in the wall, ‘Nobody leaves this pitch with a clean shirt,’ and they listened,”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
