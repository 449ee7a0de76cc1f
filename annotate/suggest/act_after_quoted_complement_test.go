package suggest

import "testing"

// A content whose copula takes a quoted complement ends before "and" and
// the speaker's next act in the simple past with an object; where "and"
// may join two parts of the content, it stays whole. Invented text.

func TestActAfterQuotedComplement(t *testing.T) {
	tests := []struct{ name, text, statement string }{
		{"had been and credited", "Ann Roe admitted her side had been ‘second best all night’ and credited the young keeper for the draw.\n",
			"her side had been ‘second best all night’"},
		{"was and cut", "Dace Capital said in a note that the new forecast was “weaker than anyone feared” and cut its target for the shares to 80p.\n",
			"the new forecast was “weaker than anyone feared”"},
		{"were not and backed", "Tom Hale said the repairs were not “anything like finished” and backed Mr Orr to see the job through.\n",
			"the repairs were not “anything like finished”"},
		// near-misses: "and" joins two parts of the content
		{"perfect shares had", "Ann Roe said the board had “lost its nerve” and cut its budget for the year.\n",
			"the board had “lost its nerve” and cut its budget for the year"},
		{"pronoun subject", "Lowbridge Water said it was “watching the river closely” and expected the level to fall.\n",
			"it was “watching the river closely” and expected the level to fall"},
		{"no object", "Tom Hale said the play was “a farce about clerks” and changed in rehearsal.\n",
			"the play was “a farce about clerks” and changed in rehearsal"},
		{"second quotation", "Ann Roe said the plan was “late” and “badly costed”.\n",
			"the plan was “late” and “badly costed”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.statement)
		})
	}
}
