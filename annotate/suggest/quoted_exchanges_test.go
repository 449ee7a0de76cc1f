package suggest

import "testing"

// TestQuotedExchange: a report introduces an exchange from the record with
// a line ending in a colon, then prints lines under name labels in
// ordinary case that never repeat. Each line that states something is its
// label's statement; a crowd's "Hon Members:" line and a line that only
// asks are not. Label lines that no colon line introduces, a fact box of
// labels that name nobody, and two label lines alone stay as they were.
func TestQuotedExchange(t *testing.T) {
	tests := []speakerCase{
		{"a Commons exchange with a seat in brackets and the chair",
			"Ines Carrow spoke against the bill. The exchange, from the record, ran:\n\nPiers Holloway (Eastmere): Will the honourable Lady give way?\n\nInes Carrow: I will not, and the House knows why.\n\nMr Speaker: Order. The Member will be heard.",
			[]speakerWant{
				{"I will not, and the House knows why.", "Ines Carrow"},
				{"Order. The Member will be heard.", "Speaker"},
			}},
		{"a council exchange of three speakers",
			"Councillor Bede Ormsby asked about the bins, and Tamsin Fell answered. The minutes record:\n\nBede Ormsby: The lorries have not come for a month.\n\nTamsin Fell: They will come on Monday, and every week after.\n\nDr Okafor: The depot has two drivers off sick.",
			[]speakerWant{
				{"The lorries have not come for a month.", "Bede Ormsby"},
				{"They will come on Monday, and every week after.", "Tamsin Fell"},
			}},
		{"a crowd's line between two turns",
			"Magnus Greer was asked about the harbour. The transcript shows:\n\nMagnus Greer: The harbour wall will be rebuilt this year.\n\nHon Members: Hear, hear.\n\nLucy Tarrant: It was promised last year as well.",
			[]speakerWant{
				{"The harbour wall will be rebuilt this year.", "Magnus Greer"},
				{"It was promised last year as well.", "Lucy Tarrant"},
			}},
	}
	checkSpeakerCases(t, "quoted exchange", tests)
	for _, tc := range tests[:1] {
		got, _ := readSuggestions(tc.text)
		for _, g := range got {
			if g.statement == "Will the honourable Lady give way?" {
				t.Errorf("a line that only asks was suggested: %q", g.statement)
			}
		}
	}
	got, _ := readSuggestions(tests[2].text)
	for _, g := range got {
		if g.statement == "Hear, hear." {
			t.Errorf("a crowd's line was suggested: %q", g.statement)
		}
	}

	// near-misses: no line ending in a colon introduces the labels; a fact
	// box whose labels name nobody; only two label lines
	nearMisses := []string{
		"Ines Carrow spoke against the bill.\n\nPiers Holloway: The bill is a good one.\n\nInes Carrow: The bill is a bad one.\n\nMark Ruane: The vote is at ten.",
		"The fair returns this summer. Details:\n\nOpening Hours: Ten until six every day.\n\nTicket Prices: Five pounds for adults.\n\nCar Parking: Free in the north field.",
		"Ines Carrow spoke against the bill. The exchange ran:\n\nPiers Holloway: The bill is a good one.\n\nInes Carrow: The bill is a bad one.",
	}
	unwanted := []string{"The bill is a good one.", "The bill is a bad one.", "The vote is at ten.",
		"Ten until six every day.", "Five pounds for adults.", "Free in the north field."}
	for _, text := range nearMisses {
		got, _ := readSuggestions(text)
		for _, g := range got {
			for _, u := range unwanted {
				if g.statement == u {
					t.Errorf("near-miss line suggested as a statement: %q by %q", g.statement, g.canonical)
				}
			}
		}
	}
}
