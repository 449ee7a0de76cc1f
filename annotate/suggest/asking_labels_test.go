package suggest

import "testing"

// TestAskingLabels: the turns of a speaker who only ever asks, while
// another answers, are no statements; a speaker who asks once and says
// something elsewhere, or asks only once, keeps the turns.
func TestAskingLabels(t *testing.T) {
	dropped := []struct{ text, asked string }{
		{"The recording was made at the depot.\n\nHALE: The money is gone, and the board knows it.\n\nMORROW: So where did it go?\n\nHALE: Into the car park contract, every penny.\n\nMORROW: And the auditors?",
			"So where did it go?"},
		{"The recording was made at the depot.\n\nHALE: The money is gone, and the board knows it.\n\nMORROW: So where did it go?\n\nHALE: Into the car park contract, every penny.\n\nMORROW: And the auditors?",
			"And the auditors?"},
		{"The call was recorded.\n\nPRATT: Who signed the order? Was it you?\n\nKEMBLE: I signed it because the chief told me to.\n\nPRATT: When?",
			"Who signed the order? Was it you?"},
	}
	for _, c := range dropped {
		got, _ := readSuggestions(c.text)
		for _, s := range got {
			if s.statement == c.asked {
				t.Errorf("question %q suggested as a statement: %v", c.asked, got)
			}
		}
	}
	kept := []struct{ text, turn string }{
		// the asker says something in another turn
		{"The recording was made at the depot.\n\nHALE: The money is gone, and the board knows it.\n\nMORROW: So where did it go?\n\nHALE: Into the car park contract, every penny.\n\nMORROW: I never saw a penny of it.",
			"So where did it go?"},
		// one question only: no questioner's seat
		{"The recording was made at the depot.\n\nHALE: The money is gone, and the board knows it.\n\nMORROW: Will the board tell the town where it went?\n\nHALE: Into the car park contract, every penny.",
			"Will the board tell the town where it went?"},
		// a turn that states before it asks
		{"The recording was made at the depot.\n\nHALE: The money is gone, and the board knows it.\n\nMORROW: You told us in May it was safe. What changed?\n\nHALE: Into the car park contract, every penny.\n\nMORROW: And the auditors?",
			"You told us in May it was safe. What changed?"},
	}
	for _, c := range kept {
		got, _ := readSuggestions(c.text)
		found := false
		for _, s := range got {
			found = found || s.statement == c.turn
		}
		if !found {
			t.Errorf("turn %q not suggested: %v", c.turn, got)
		}
	}
}
