package suggest

import "testing"

// A content whose copula takes a quoted complement ends at the comma of
// "”, and" before the speaker's next act in the simple past with an
// object; where "and" may join two parts of the content, it stays whole.
// Invented text.

func TestActAfterQuotedComplementComma(t *testing.T) {
	tests := []struct{ name, text, statement string }{
		{"was, and dedicated", "Ann Roe said the win was “a present from the referee, but we will keep it”, and dedicated it to her physio.\n",
			"the win was “a present from the referee, but we will keep it”"},
		{"were, and thanked", "Tom Hale said the repairs were “finished a week early”, and credited the night crews for the work.\n",
			"the repairs were “finished a week early”"},
		{"had been, and left", "Dace Capital said its bid had been “the best on the table”, and left the room before the vote.\n",
			"its bid had been “the best on the table”"},
		// near-misses: "and" may join two parts of the content
		{"perfect shares had", "Ann Roe said the board had “lost its nerve”, and cut its budget for the year.\n",
			"the board had “lost its nerve”, and cut its budget for the year"},
		{"pronoun subject", "Lowbridge Water said it was “watching the river closely”, and expected the level to fall.\n",
			"it was “watching the river closely”, and expected the level to fall"},
		{"no object", "Tom Hale said the play was “a farce about clerks”, and changed in rehearsal.\n",
			"the play was “a farce about clerks”, and changed in rehearsal"},
		{"subject after and", "Ann Roe said the plan was “late”, and the council agreed it was costly.\n",
			"the plan was “late”, and the council agreed it was costly"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.statement)
		})
	}
}
