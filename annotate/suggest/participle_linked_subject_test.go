package suggest

import "testing"

// TestLinkedParticipleSubject: a group's role noun linked to a named body
// before the verb ("Analysts at Ferncroft Capital were …, saying") speaks
// with its body, one named with an ampersand too ("Carrow & Finch"); a link
// after the verb, an "&" between lower-case words, a person's name or a relative
// clause after the body leave the subject as it was.
func TestLinkedParticipleSubject(t *testing.T) {
	tests := []speakerCase{
		{"analysts at a bank",
			"Shares fell. Analysts at Ferncroft Capital were more forgiving, saying the problem was a one-off.",
			[]speakerWant{{"the problem was a one-off", "Analysts at Ferncroft Capital"}}},
		{"economists from a fund",
			"Prices rose. Economists from Tarn Capital were gloomier, saying growth would stall.",
			[]speakerWant{{"growth would stall", "Economists from Tarn Capital"}}},
		{"lawyers with a firm",
			"The hearing ended. Lawyers with Hale Partners were cautious, saying an appeal was likely.",
			[]speakerWant{{"an appeal was likely", "Lawyers with Hale Partners"}}},
		{"a firm named with an ampersand",
			"Shares fell. Analysts at Carrow & Finch were less impressed, saying in a note that the problem was a one-off.",
			[]speakerWant{{"the problem was a one-off", "Analysts at Carrow & Finch"}}},
		{"near miss: an ampersand between lower-case words",
			"Shares fell. Analysts at banks & brokers were less impressed, saying the problem was a one-off.",
			[]speakerWant{{"the problem was a one-off", "Analysts"}}},
		{"near miss: the link after the verb",
			"Shares fell. Analysts were more forgiving at Ferncroft Capital, saying the problem was a one-off.",
			[]speakerWant{{"the problem was a one-off", "Analysts"}}},
		{"near miss: a person's name",
			"Shares fell. Ruth Kane at Vale Bank was more forgiving, saying the problem was a one-off.",
			[]speakerWant{{"the problem was a one-off", "Ruth Kane"}}},
		{"near miss: a relative clause after the body",
			"Shares fell. Analysts at Vale Bank, which advises the company, were more forgiving, saying the problem was a one-off.",
			[]speakerWant{{"the problem was a one-off", "Analysts"}}},
	}
	checkSpeakerCases(t, "linked participle subject", tests)
}
