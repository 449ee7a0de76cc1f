package suggest

import "testing"

// Speech given a voice rather than a verb of saying, and heckles as the
// object of a shout. Invented text.

func TestVoicedQuotesAndHeckles(t *testing.T) {
	tests := []struct{ name, text, statement, cue string }{
		{"inverted cry", "The council met at six. “Silence!” cried the chair, Judge Ann Roe. “We will hear the clerk.”\n",
			"“Silence!”", "cried"},
		{"adverb before mutter", "Tom Hale, sitting at the back, studied the floor. “I saw the lorry,” he then muttered, loudly enough for the room.\n",
			"“I saw the lorry,”", "muttered"},
		{"unseen voice", "The mayor stood to speak. A voice from the public gallery shouted “Liar!”, which ended the debate.\n",
			"“Liar!”", "shouted"},
		{"heckle then narrative", "Later Ann Roe, the member for Hale, yelled “Disgrace!” at the treasurer and was asked to leave.\n",
			"“Disgrace!”", "yelled"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g, ok := suggestionOf(t, tt.text, tt.statement); ok && g.cue != tt.cue {
				t.Errorf("cue %q, want %q", g.cue, tt.cue)
			}
			got, _ := readSuggestions(tt.text)
			for _, g := range got {
				if g.statement != tt.statement && len(g.statement) > len(tt.statement) && g.statement[:len(tt.statement)] == tt.statement {
					t.Errorf("the heckle runs on into the narrative: %v", g)
				}
			}
		})
	}
}

func TestVoicedVerbsAloneReportNothing(t *testing.T) {
	for _, text := range []string{
		"The baby cried all night and the neighbours complained to nobody.\n",
		"He called the office twice before noon.\n",
		"She whispered to her neighbour and left the hall.\n",
		"Posters reading “Resign!” lined the road to the town hall.\n",
		"The family watched “Oliver!” at the Palace Theatre on Saturday.\n",
		"The reviewer counted four uses of “with respect” in the debate.\n",
	} {
		if got, _ := readSuggestions(text); len(got) > 0 {
			t.Errorf("%q: got %v, want no statement", text, got)
		}
	}
}

func TestExclaimedHalfLendsItsCue(t *testing.T) {
	text := "The council met at six. “Silence!” cried the chair, Judge Ann Roe. “We will hear the clerk first.”\n"
	if g, ok := suggestionOf(t, text, "“We will hear the clerk first.”"); ok && g.cue != "cried" {
		t.Errorf("cue %q, want cried", g.cue)
	}
	// near-miss: a quotation of many words ending in an exclamation mark is
	// no call, and the one after it keeps no cue of its own
	text = "The council met at six. “This meeting will come to order at once!” cried the chair, Judge Ann Roe. “We will hear the clerk first.”\n"
	if g, ok := suggestionOf(t, text, "“We will hear the clerk first.”"); ok && g.cue != "" {
		t.Errorf("cue %q, want none", g.cue)
	}
}
