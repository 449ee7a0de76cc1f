package suggest

import (
	"fmt"
	"testing"
)

// TestQuoteHearerEveryone: a quotation after "told everyone", "told
// somebody" or "told anybody" is the teller's, inside another quotation
// too; "told nobody", a pronoun with a clause after it, or a plain noun
// that is no hearer leaves the inner words unclaimed.
func TestQuoteHearerEveryone(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"told everyone, inside a quotation",
			`"The old owner told everyone, 'Nothing will change here,' and a year later it was a car park," said Ines Marlow.`,
			[]string{`"The old owner told everyone, 'Nothing will change here,' and a year later it was a car park,"`, `'Nothing will change here,'`}},
		{"told everybody, curly quotes",
			"“Our landlord told everybody, ‘The heating will be fixed by Friday.’ That was in March,” said Tomas Brell.",
			[]string{"“Our landlord told everybody, ‘The heating will be fixed by Friday.’ That was in March,”", "‘The heating will be fixed by Friday.’"}},
		{"told somebody, in narration",
			"The driver told somebody, “I never saw the cyclist.”",
			[]string{"“I never saw the cyclist.”"}},
		{"told nobody: no hearer",
			"“The old owner told nobody, 'Nothing will change here,' and a year later it was a car park,” said Ines Marlow.",
			[]string{"“The old owner told nobody, 'Nothing will change here,' and a year later it was a car park,”"}},
		{"a pronoun with a clause after it",
			"“The old owner told everyone who asked, 'Nothing will change here,' and a year later it was a car park,” said Ines Marlow.",
			[]string{"“The old owner told everyone who asked, 'Nothing will change here,' and a year later it was a car park,”"}},
		{"a cue of another class before everyone",
			"“The old owner thanked everyone, 'Nothing will change here,' and a year later it was a car park,” said Ines Marlow.",
			[]string{"“The old owner thanked everyone, 'Nothing will change here,' and a year later it was a car park,”"}},
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
