package suggest

import (
	"fmt"
	"testing"
)

// TestPastedPostFrames: a post pasted after "X posted:" may mention short
// quotations, and a relative "who wrote:" frames a post too; a relative
// "who wrote" with an object reports nothing.
func TestPastedPostFrames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a post holding short quoted mentions",
			"Ola Brandt, a baker in Hull, posted:\n\nReminder that ‘back shortly’ and ‘back today’ are two very different signs. Been there. Thoughts to whoever is on the till today.",
			[]string{"Reminder that ‘back shortly’ and ‘back today’ are two very different signs. Been there. Thoughts to whoever is on the till today."}},
		{"a paragraph opening with a quotation is no pasted post",
			"Ola Brandt, a baker in Hull, posted:\n\n“Back shortly” is what the sign said for three days, and nobody came.",
			nil},
		{"a relative clause frames the post",
			"One of the angriest came from Ola Brandt, a baker in Hull, who wrote:\n\nno bread and I can’t pay the rent. great start to the week",
			[]string{"no bread and I can’t pay the rent. great start to the week"}},
		{"a relative clause whose verb takes an object",
			"The songs are hers. Ola Brandt, who wrote most of them, would not say which she liked best.",
			nil},
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
