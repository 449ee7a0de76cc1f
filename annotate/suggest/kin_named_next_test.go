package suggest

import "testing"

// TestKinNamedNext: a speaking kin description no one was named for
// ("His younger brother said …") is the person named closing the quotation
// in the next sentence of its paragraph; near misses (the name in another
// paragraph, a name of the other gender) leave it as it was.
func TestKinNamedNext(t *testing.T) {
	tests := []canonicalCase{
		{"the name closing the next quotation",
			"Piet Osterhuis won the hill climb on Sunday.\n\nHis younger brother said the win had been years in coming. “He trained through every winter,” Joost Osterhuis said.",
			"the win had been years in coming", "", "Joost Osterhuis"},
		{"near miss: the name is in the next paragraph",
			"Piet Osterhuis won the hill climb on Sunday.\n\nHis younger brother said the win had been years in coming.\n\n“He trained through every winter,” Joost Osterhuis said.",
			"the win had been years in coming", "Joost Osterhuis", ""},
		{"near miss: a name of the other gender",
			"Piet Osterhuis won the hill climb on Sunday.\n\nHis younger brother said the win had been years in coming. “He trained through every winter,” Marieke Osterhuis said.",
			"the win had been years in coming", "Marieke Osterhuis", ""},
	}
	checkCanonicalCases(t, tests)
}
