package suggest

import "testing"

// TestJointPostposed: a content followed by two role phrases joined by
// "and" and a cue ("…, the union and the trust said") is their joint
// statement; a second clause with its own subject ("…, and the trust
// said"), a name's pair with no determiner and a pronoun pair are left
// as they were.
func TestJointPostposed(t *testing.T) {
	tests := []struct {
		name, text, statement, speaker string
	}{
		{"the union and the trust",
			"The strike at the depot is over after drivers accepted a new offer, the union and the bus company said on Friday.",
			"The strike at the depot is over after drivers accepted a new offer", "the union and the bus company"},
		{"a possessive in the second",
			"The ward will reopen in May after a year of repairs, the council and the hospital's trust said.",
			"The ward will reopen in May after a year of repairs", "the council and the hospital's trust"},
		{"a name and a role",
			"The ferry will run all winter, the operator and the Holm Island Council said on Monday.",
			"The ferry will run all winter", "the operator and the Holm Island Council"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ok := suggestionOf(t, tt.text, tt.statement)
			if ok && g.speaker != tt.speaker {
				t.Errorf("%q: speaker %q (%s), want %s", tt.statement, g.speaker, g.canonical, tt.speaker)
			}
		})
	}
	nearMisses := []struct{ name, text, not string }{
		{"a second clause with its own subject",
			"Drivers accepted a new offer on Thursday, and the bus company said the depot would reopen.",
			"Drivers accepted a new offer on Thursday"},
		{"a pair with no comma before it",
			"The strike ended after the union and the bus company said the offer was fair.",
			"The strike ended after"},
		{"pronouns joined",
			"The depot will reopen on Monday, he and she said.",
			"The depot will reopen on Monday"},
	}
	for _, tt := range nearMisses {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, nil, []string{tt.not})
		})
	}
}
