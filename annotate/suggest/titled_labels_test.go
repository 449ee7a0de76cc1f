package suggest

import "testing"

// TestTitledLabels: a transcript label in capitals of a title and a
// surname speaks as the one person the report named in full with that
// surname; two such people, none, or a label that is no title keep the
// label's words.
func TestTitledLabels(t *testing.T) {
	tests := []lineSpeakerCase{
		{"Listeners questioned Councillor Amira Sethi about the bus lanes.\n\nHOST: Why now?\n\nCOUNCILLOR SETHI: Because the buses sit in traffic for twenty minutes every morning.\n\nHOST: Thank you.",
			"Because the buses sit in traffic for twenty minutes every morning.", "Amira Sethi"},
		{"The committee heard from Dr Oren Halloway, a virologist.\n\nCHAIR: Please begin.\n\nDR HALLOWAY: The samples were stored at the wrong temperature for a week.\n\nCHAIR: Thank you.",
			"The samples were stored at the wrong temperature for a week.", "Oren Halloway"},
		{"Senator Maeve Dunleavy took questions on the harbour bill.\n\nHOST: Will it pass?\n\nSENATOR DUNLEAVY: It will pass, and the harbour will be dredged by spring.\n\nHOST: Thank you.",
			"It will pass, and the harbour will be dredged by spring.", "Maeve Dunleavy"},
		// near misses: two people of the surname; nobody of it; no title
		{"Councillor Amira Sethi and her brother Councillor Ravi Sethi took calls.\n\nHOST: Why now?\n\nCOUNCILLOR SETHI: Because the buses sit in traffic for twenty minutes every morning.\n\nHOST: Thank you.",
			"Because the buses sit in traffic for twenty minutes every morning.", "COUNCILLOR SETHI"},
		{"Listeners questioned the council about the bus lanes.\n\nHOST: Why now?\n\nCOUNCILLOR SETHI: Because the buses sit in traffic for twenty minutes every morning.\n\nHOST: Thank you.",
			"Because the buses sit in traffic for twenty minutes every morning.", "COUNCILLOR SETHI"},
		{"Listeners questioned Amira Desk about the bus lanes.\n\nHOST: Why now?\n\nNEWS DESK: Because the buses sit in traffic for twenty minutes every morning.\n\nHOST: Thank you.",
			"Because the buses sit in traffic for twenty minutes every morning.", "NEWS DESK"},
	}
	checkLineSpeakers(t, tests)
}
