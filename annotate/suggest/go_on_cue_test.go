package suggest

import "testing"

// TestGoOnCue: "“…,” he went on." and "“…,” Ada goes on, when …" frame
// the quotation; "went on holiday", "goes on trial" and "went on to win"
// say nothing.
func TestGoOnCue(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"a name goes on, then a clause",
			"Ada Lind has farmed here since 1980.\n\n“When the rain stops, the valley empties,” Ada Lind goes on, when the talk turns to the future.",
			"“When the rain stops, the valley empties,”", "", "Ada Lind"},
		{"he went on, full stop",
			"Rob Tarrant runs the ferry. “I like the early crossings,” he says. “The late ones I could do without,” he went on.",
			"“The late ones I could do without,”", "", "Rob Tarrant"},
		{"she goes on, full stop",
			"Mia Holt keeps bees in the orchard. “They know me by now,” she goes on.",
			"“They know me by now,”", "", "Mia Holt"},
	})
	checkStatements(t, "“Never again,” said the sign. Ruth Kane went on holiday to Crete.\n\nThe trial goes on, the judge hopes, until May.\n\nTom Lee went on to win the cup.",
		nil, []string{"Crete", "until May", "win the cup", "holiday to Crete", "the judge hopes"})
}
