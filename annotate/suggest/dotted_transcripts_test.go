package suggest

import (
	"fmt"
	"testing"
)

// TestDottedTranscripts: a transcript whose turns open with "Q." and "A."
// is read as questions and answers: each answer is one statement of the
// witness the introduction names most, starting after its label; the
// questions are no statements, a quotation inside one included; an "I"
// handing over a quotation in an answer is the witness, a "he" opening
// an answer is the person the question just before names. A lone "Q." or
// "A." before a name is an initial, and names keep it.
func TestDottedTranscripts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"answers after their labels, questions left out",
			"Nadia Ferrand was questioned by the council's lawyer. Ferrand said she had kept the ferry log for six years.\n\nQ. Ms. Ferrand, when did you open the office?\n\nA. Just after seven. The harbour master was already there.\n\nQ. Did you write \"engine fault, hold the sailing\" in the log?\n\nA. No. Somebody else wrote that later.",
			[]suggestion{
				{"she had kept the ferry log for six years", "Ferrand", "Nadia Ferrand", "said", "I1", "indirect"},
				{"Just after seven. The harbour master was already there.", "Ms. Ferrand", "Nadia Ferrand", "", "QA", "direct"},
				{"No. Somebody else wrote that later.", "Ms. Ferrand", "Nadia Ferrand", "", "QA", "direct"},
			}},
		{"the witness's own words and another's in an answer",
			"Nadia Ferrand was questioned by the council's lawyer. Ferrand said she had kept the ferry log for six years.\n\nQ. Ms. Ferrand, what did you do?\n\nA. I went up to the bridge. I told him, \"The port engine is running hot.\"\n\nQ. What did Mr. Talbot say?\n\nA. He said, \"Sail anyway, we are late already.\"",
			[]suggestion{
				{"she had kept the ferry log for six years", "Ferrand", "Nadia Ferrand", "said", "I1", "indirect"},
				{"I went up to the bridge. I told him, \"The port engine is running hot.\"", "Ms. Ferrand", "Nadia Ferrand", "", "QA", "direct"},
				{"\"The port engine is running hot.\"", "I", "Nadia Ferrand", "told", "D3", "direct"},
				{"He said, \"Sail anyway, we are late already.\"", "Ms. Ferrand", "Nadia Ferrand", "", "QA", "direct"},
				{"\"Sail anyway, we are late already.\"", "He", "Talbot", "said", "D3", "direct"},
			}},
		{"an initial opening a paragraph is no label",
			"Q. Smith & Sons said the quay would close in June.\n\nA. Patel, the chair, said the vote was close.",
			[]suggestion{
				{"the quay would close in June", "Q. Smith & Sons", "Q. Smith & Sons", "said", "I1", "indirect"},
				{"the vote was close", "A. Patel", "A. Patel", "said", "I1", "indirect"},
			}},
		{"an initial after a transcript's last answer is no label",
			"Nadia Ferrand was questioned by the council's lawyer.\n\nQ. Ms. Ferrand, when did you open the office?\n\nA. Just after seven.\n\nQ. Was anyone there?\n\nA. The harbour master was.\n\nA. Patel, the chair, said the vote was close.",
			[]suggestion{
				{"Just after seven.", "Ms. Ferrand", "Nadia Ferrand", "", "QA", "direct"},
				{"The harbour master was.", "Ms. Ferrand", "Nadia Ferrand", "", "QA", "direct"},
				{"the vote was close", "A. Patel", "A. Patel", "said", "I1", "indirect"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}
