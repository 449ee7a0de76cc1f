package suggest

import "testing"

// TestLinkedBodyFull: "Economists at Fenwick" after "Economists at Fenwick
// Capital" names the body by its full name; a phrase whose body is named
// only once keeps its words.
func TestLinkedBodyFull(t *testing.T) {
	tests := []speakerCase{
		{"a short name after the link",
			"Economists at Fenwick Capital said in a note that rates would fall twice this year.\n\n" +
				"Bond prices rose. Economists at Fenwick said the bank would wait until June.",
			[]speakerWant{
				{"the bank would wait until June", "Economists at Fenwick Capital"},
			}},
		{"near miss: a body named once",
			"Economists at Fenwick said the bank would wait until June.",
			[]speakerWant{
				{"the bank would wait until June", "Economists at Fenwick"},
			}},
	}
	checkSpeakerCases(t, "linked body full name", tests)
}
