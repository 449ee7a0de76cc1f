package suggest

import "testing"

// TestNewspaperVoices: in a press review a newspaper's own voice ("the
// paper says", "Its leader column argues", "its editorial warns") is the
// newspaper named last before it, by its name without "The". A study's
// "paper" (after "study" or "journal") is no newspaper's, and a paper's
// voice with no newspaper named near it keeps its words.
func TestNewspaperVoices(t *testing.T) {
	tests := []speakerCase{
		{"the paper, its leader column, its editorial",
			"The Western Bugle leads on the ferry strike. In its editorial, the paper says the dispute “has gone on far too long” and that both sides should go to arbitration.\n\nThe Valley Times takes a softer line. Its leader column argues that the crews have a fair case. “The owners must pay up,” its editorial warns.",
			[]speakerWant{
				{"the dispute “has gone on far too long”", "Western Bugle"},
				{"both sides should go to arbitration", "Western Bugle"},
				{"the crews have a fair case", "Valley Times"},
				{"“The owners must pay up,”", "Valley Times"},
			}},
		{"a study's paper after a newspaper",
			"The Western Bugle reports the study on its front page.\n\nThe study, published in a journal on Monday, is careful. The paper says the sample was small.",
			[]speakerWant{
				{"the sample was small", "paper"},
			}},
		{"no newspaper near: the words stay",
			"Rain closed the pier for a week.\n\nTraders counted their losses on Monday.\n\nThe council met on Tuesday.\n\nThe paper says the pier will reopen in May.",
			[]speakerWant{
				{"the pier will reopen in May", "paper"},
			}},
	}
	checkSpeakerCases(t, "newspaper voices", tests)
}
