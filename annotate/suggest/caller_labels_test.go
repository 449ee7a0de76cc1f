package suggest

import "testing"

// TestCallerPlaceLabels: a role label with a caller's first name and
// where they ring from in brackets is that caller's line, spoken by the
// first name; a party and a seat, or a bracket without a place, or a word
// the page never uses that is no known given name, make no caller's line.
func TestCallerPlaceLabels(t *testing.T) {
	tests := []lineSpeakerCase{
		{"The station took calls on the bypass.\n\nHOST: Sunita is in Oldbury. Go ahead.\n\nCALLER (Sunita, Oldbury): The lorries never stop at night and my windows shake until four in the morning.\n\nHOST: Thank you.",
			"The lorries never stop at night and my windows shake until four in the morning.", "Sunita"},
		{"The station took calls on the bypass.\n\nHOST: Gareth, you're on.\n\nCALLER (Gareth, Nether Poole): I drive one of those lorries and we have nowhere else to go.\n\nHOST: Thank you.",
			"I drive one of those lorries and we have nowhere else to go.", "Gareth"},
		{"Listeners rang in about the ferry, Marguerite among them.\n\nPRESENTER: Who is next?\n\nLISTENER (Marguerite, Holm Bay): The ferry was late every single day last week and nobody told us why.\n\nPRESENTER: Noted.",
			"The ferry was late every single day last week and nobody told us why.", "Marguerite"},
		// near misses
		{"The debate went on late.\n\nCHAIR: Order.\n\nMP (Reform, Leeds): The budget takes from the north and gives nothing back to it.\n\nCHAIR: Thank you.",
			"The budget takes from the north and gives nothing back to it.", ""},
		{"The debate went on late.\n\nHOST: Next.\n\nCALLER (Sunita): The lorries never stop at night and my windows shake until four.\n\nHOST: Thank you.",
			"The lorries never stop at night and my windows shake until four.", ""},
		{"The debate went on late.\n\nHOST: Next.\n\nCALLER (Zqx, Oldbury): The lorries never stop at night and my windows shake until four.\n\nHOST: Thank you.",
			"The lorries never stop at night and my windows shake until four.", ""},
	}
	checkLineSpeakers(t, tests)
}
