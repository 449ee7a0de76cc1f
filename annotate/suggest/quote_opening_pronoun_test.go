package suggest

import "testing"

// TestPronounOpeningQuote: "he" or "she" opening a quotation stands for the
// person the same speaker brought in the paragraph before (a role), not the nearest named person; not when another speaker's
// paragraph comes between, nor when the quotation names someone first.
func TestPronounOpeningQuote(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"her neighbour, in the speaker's reported words",
			"Sheriff Dale Horst said 300 homes were under orders.\n\nAt the shelter, Mina Calder, 71, said she had left with her cat. Her neighbour had banged on her window at noon, she said.\n\n“He said, ‘Mina, the fire is at the road, get out,’ and I did,” Calder said.",
			"‘Mina, the fire is at the road, get out,’", "Dale Horst", "neighbour"},
		{"his boss, in the speaker's reported words",
			"Councillor Ravi Mehta said the block would be inspected.\n\nTenant Joel Asante said the damp had spread for months. His boss had visited once, he said.\n\n“He said, ‘It is only condensation from your cooking,’ and left,” Asante said.",
			"‘It is only condensation from your cooking,’", "Ravi Mehta", "boss"},
		{"near miss: the paragraph before is another speaker's",
			"Mina Calder said her neighbour had banged on her window at noon.\n\nFire chief Dale Horst said crews reached the road by two.\n\n“He said, ‘We will hold it here,’” Calder said.",
			"‘We will hold it here,’", "neighbour", ""},
		{"near miss: the quotation names someone first",
			"Mina Calder said her neighbour had banged on her window at noon.\n\n“Then Sam Ruiz came by. He said, ‘Get in the truck,’ and I did,” Calder said.",
			"‘Get in the truck,’", "neighbour", ""},
		{"near miss: her neighbour named in apposition",
			"Sheriff Dale Horst said 300 homes were under orders.\n\nMina Calder said her neighbour, Tom Reyes, had banged on her window at noon.\n\n“He said, ‘Mina, the fire is at the road, get out,’ and I did,” Calder said.",
			"‘Mina, the fire is at the road, get out,’", "neighbour", ""},
	})
}
