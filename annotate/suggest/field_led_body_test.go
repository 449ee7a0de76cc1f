package suggest

import (
	"fmt"
	"testing"
)

// TestFieldLedBody: a name opening with one trade word and "and" ("The
// Energy and Water Workers’ Union") is one body, its speaker named whole.
// Near misses keep the nearer name as before: a company ending in the
// trade word before "and", a body noun before "and", and a trade word after
// other name words.
func TestFieldLedBody(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"logistics opens a union's name",
			"The Logistics and Haulage Drivers’ Union, which backed the strike, said the pay offer was “an insult”.",
			[]string{"Logistics and Haulage Drivers’ Union"}},
		{"energy opens an institute's name",
			"The Energy and Water Institute said bills would rise by “at least a tenth” next winter.",
			[]string{"Energy and Water Institute"}},
		{"rail opens a union's name before a colon",
			"Drivers walked out at dawn. The Rail and Maritime Transport Union said: “This was not a decision taken lightly.”",
			[]string{"Rail and Maritime Transport Union"}},
		{"near miss: a company ends in the trade word",
			"Corran Vale Logistics and Brightwater Freight Services said in a joint statement that the depot would close.",
			[]string{"Brightwater Freight Services"}},
		{"near miss: a body noun before and",
			"Hallam Council and Northfork Water said the pipe would be fixed “within days”.",
			[]string{"Hallam Council and Northfork Water"}},
		{"near miss: two words before and",
			"Westby Energy and Calder Rail Union said the line would reopen on Monday.",
			[]string{"Calder Rail Union"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			speakers := canonicalSpeakers(tt.text)
			if fmt.Sprint(speakers) != fmt.Sprint(tt.want) {
				t.Errorf("speakers in %q:\n got %q\nwant %q", tt.text, speakers, tt.want)
			}
		})
	}
}
