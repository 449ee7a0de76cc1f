package suggest

import "testing"

// TestDescribedAsWord: a quotation of one to three words right after
// "described X as" is the subject's statement, in a fronted "When" clause
// or at the sentence's end. A passive, a relative "what … described as",
// and "described" without "as" before the quotation are not.
func TestDescribedAsWord(t *testing.T) {
	tests := []speakerCase{
		{"in a fronted clause",
			"When Ms Orla Quayle described the council's figures as ‘fiddled’, the mayor walked out.",
			[]speakerWant{{"‘fiddled’", "Orla Quayle"}}},
		{"at the sentence's end",
			"Dermot Fane described the new timetable as “a shambles”.",
			[]speakerWant{{"“a shambles”", "Dermot Fane"}}},
		{"with a comma after it",
			"The union leader, Kerry Ashe, described the offer as \"insulting\", and the talks ended.",
			[]speakerWant{{"\"insulting\"", "Kerry Ashe"}}},
	}
	checkSpeakerCases(t, "described as word", tests)

	nearMisses := []string{
		"The plan was described as ‘historic’ by the papers.",
		"It is what critics described as ‘reform’ that worries the staff.",
		"Dermot Fane described the chart in ‘Appendix B’ to the committee.",
	}
	for _, text := range nearMisses {
		got, _ := readSuggestions(text)
		for _, g := range got {
			t.Errorf("near-miss %q: suggested %q by %q", text, g.statement, g.canonical)
		}
	}
}
