package suggest

import "testing"

// TestPseudonymMarkSpeakers: a changed name marked with an asterisk
// ("Farid*, 41, said …") is the speaker, and "she" or "he" after it goes to
// that person, not to the group whose report quotes them.
func TestPseudonymMarkSpeakers(t *testing.T) {
	tests := []suggestCase{
		{"name*, age, told researchers that",
			"The charity Open Door interviewed 80 workers. Farid*, 41, told researchers that his wages had been withheld for three months. “We slept in the kitchen,” he said.",
			[]suggestion{
				{"his wages had been withheld for three months", "Farid", "Farid", "told", "I1", "indirect"},
				{"“We slept in the kitchen,”", "he", "Farid", "said", "D2", "direct"},
			}},
		{"another woman, identified as name*, said",
			"The report is based on interviews in four towns. Another woman, identified in the report as Leyla*, 29, said her passport had been taken on arrival. “I could not leave,” she told the group.",
			[]suggestion{
				{"her passport had been taken on arrival", "Leyla", "Leyla", "said", "I1", "indirect"},
				{"“I could not leave,”", "she", "Leyla", "told", "D2", "direct"},
			}},
		{"name* said at the end of a paragraph",
			"Lighthouse Aid spoke to dozens of fishermen.\n\nOne of them, Tomas*, said the boat had no life jackets.",
			[]suggestion{{"the boat had no life jackets", "Tomas", "Tomas", "said", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}

// TestPseudonymMark: only an asterisk glued to the end of a capitalised
// word is a changed name's mark.
func TestPseudonymMark(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Amal*, 34, said", true},
		{"as Rasha* said", true},
		{"the man, Yusuf*.", true},
		{"Terms apply*, see below", false},  // a lower-case word's footnote
		{"only £40* a month", false},        // a figure's footnote
		{"*Names have been changed", false}, // the footnote itself
		{"a **Bold** heading", false},       // Markdown emphasis
		{"the A* grade", false},             // one capital is a grade, no name
		{"Star*light the show", false},      // inside a word
	}
	for _, tt := range tests {
		runes := []rune(tt.text)
		got := false
		for i, r := range runes {
			if r == '*' && pseudonymMark(runes, i, 0, len(runes)) {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("pseudonymMark in %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}
