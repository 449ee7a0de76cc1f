package suggest

import (
	"fmt"
	"testing"
)

// TestKinGivenNames: a relative named by a given name alone in apposition
// to "her husband", "his daughter" takes the family name of the person
// the possessive stands for. Near misses: the relative named in full, a
// kin noun that need not share the name, an owner named by one word, and
// a nearer man passed over for "her".
func TestKinGivenNames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"a husband takes his wife's family name",
			"“We have waited six hours,” said Marion Tesk, 51. Her husband, Alan, 53, said the airline had “simply vanished”.",
			[]string{"Marion Tesk", "Alan Tesk"}},
		{"a daughter takes her father's family name",
			"Gordon Pryce said the flood had reached the stairs. His daughter, Isla, said she had “never seen the river so high”.",
			[]string{"Gordon Pryce", "Isla Pryce"}},
		{"a wife takes her husband's family name, then speaks again",
			"David Arbery said the shop would close. His wife, Jean, 60, said it was “the end of an era”.\n\nJean said they would retire to the coast.",
			[]string{"David Arbery", "Jean Arbery", "Jean Arbery"}},
		{"near miss: the relative named in full",
			"Marion Tesk said they had waited six hours. Her husband, Alan Reddin, said the airline had “simply vanished”.",
			[]string{"Marion Tesk", "Alan Reddin"}},
		{"near miss: a cousin need not share the name",
			"Marion Tesk said they had waited six hours. Her cousin, Alan, said the airline had “simply vanished”.",
			[]string{"Marion Tesk", "Alan"}},
		{"near miss: the owner is named by one word",
			"Marion said they had waited six hours. Her husband, Alan, said the airline had “simply vanished”.",
			[]string{"Marion", "Alan"}},
		{"her passes over a nearer man named in full",
			"Marion Tesk said they had waited six hours. “It is a shambles,” said David Reddin. Her husband, Alan, said the airline had “simply vanished”.",
			[]string{"Marion Tesk", "David Reddin", "Alan Tesk"}},
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
