package suggest

import "testing"

// TestPronounAfterRefusal: a speaking "he" or "she" right after a narrated
// sentence whose subject declined or refused to say or comment stands for
// that subject, not for the last speaker before; near misses (a refusal
// that goes on to say what was refused, another sentence between, a
// subject of the other gender) are left as they were.
func TestPronounAfterRefusal(t *testing.T) {
	lead := "Flanked by the site engineer, Gareth Pell, and the port's finance officer, Dominic Shaw, the chair answered questions.\n\nShaw said the dredging would cost £3 million this year.\n\n"
	tests := []canonicalCase{
		{"a role description after a fronted question",
			lead + "Asked whether silt had closed the inner basin, the site engineer declined to say. He said only that the survey would be published in June.",
			"the survey would be published in June", "Dominic Shaw", "Gareth Pell"},
		{"a surname refusing to comment",
			lead + "Pell refused to comment. He said the board would explain its decision next week.",
			"the board would explain its decision next week", "Dominic Shaw", "Gareth Pell"},
		{"a role description refusing to comment",
			lead + "Pressed on the delay, the site engineer refused to comment. He said the divers would go down again on Monday.",
			"the divers would go down again on Monday", "Dominic Shaw", "Gareth Pell"},
		{"a woman's role after a fronted question",
			"Beside the chair, Ruth Enys, stood the finance officer, Mairi Shaw.\n\nEnys said the port had never been busier.\n\nAsked how much had been spent, the finance officer declined to answer. She said the accounts would be published in May.",
			"the accounts would be published in May", "Ruth Enys", "Mairi Shaw"},
		{"near miss: the refusal names what was refused",
			lead + "Asked about silt, the site engineer declined to say how deep the channel was. He said the board would explain its decision next week.",
			"the board would explain its decision next week", "", "Dominic Shaw"},
		{"near miss: a sentence between",
			lead + "Asked about silt, the site engineer declined to comment. The meeting went on for an hour. He said the board would explain its decision next week.",
			"the board would explain its decision next week", "", "Dominic Shaw"},
		{"near miss: a subject of the other gender",
			"Flanked by the site engineer, Gareth Pell, and the finance officer, Mairi Shaw, the chair answered questions.\n\nPell said the dredging would cost £3 million this year.\n\nAsked about silt, the finance officer declined to comment. He said the board would explain its decision next week.",
			"the board would explain its decision next week", "Mairi Shaw", "Gareth Pell"},
	}
	checkCanonicalCases(t, tests)
}
