package suggest

import "testing"

// TestObjectThenAdverbial: a cue whose object, a short prepositional
// phrase and an adverbial clause follow reports no content; a reported
// clause with its own verb, or with "that", stays.
func TestObjectThenAdverbial(t *testing.T) {
	tests := []quoteCase{
		{"in writing before",
			"The lodger had reported the leak in writing before the flat was sold.",
			"the leak in writing before the flat was sold", false},
		{"to the council after",
			"Neighbours mentioned the noise to the landlord after the party ended.",
			"the noise to the landlord after the party ended", false},
		{"by phone until",
			"The driver reported the fault by phone until the depot answered.",
			"the fault by phone until the depot answered", false},
		{"a clause with its own verb",
			"The lodger reported the leak had got worse.",
			"the leak had got worse", true},
		{"a clause with that",
			"The lodger reported in writing that the leak had got worse.",
			"the leak had got worse", true},
		{"a plain clause",
			"The lodger said the leak in the kitchen was worse.",
			"the leak in the kitchen was worse", true},
		{"an adverb once after a clause",
			"A resident said the bus to the hospital ran only once an hour.",
			"the bus to the hospital ran only once an hour", true},
	}
	checkQuoteCases(t, tests)
}
