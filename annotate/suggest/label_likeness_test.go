package suggest

import "testing"

// TestLabelLikeness: a name label owns a transcript's turn only when it
// looks like a speaker's: a line of facts with a capitalised word and a
// colon ("Score: …") above a transcript of name labels owns no turn, nor
// the report's paragraphs after it; a lone label naming someone the report
// names, or a role, still owns its turn (a given name alone under the one
// person named in full with it).
func TestLabelLikeness(t *testing.T) {
	tests := []suggestCase{
		{"a result line above the transcript owns nothing",
			"Score: Tarrow 3 Bellgate 1\n\nTarrow beat Bellgate on Saturday to go top.\n\nThe club has not lost since August.\n\nQ: Kit, how did it feel?\n\nKit Varga: Like a relief. We had waited a long time.\n\nQ: And the second goal?\n\nKit: Lucky. I meant to cross it.\n\nQ: Kit, the third?\n\nKit: Better. I meant that one.\n\nQ: Sam?\n\nSam Odell: We kept going. That is all.",
			[]suggestion{
				{"Like a relief. We had waited a long time.", "Kit Varga", "Kit Varga", "", "T", "direct"},
				{"Lucky. I meant to cross it.", "Kit", "Kit Varga", "", "T", "direct"},
				{"Better. I meant that one.", "Kit", "Kit Varga", "", "T", "direct"},
				{"We kept going. That is all.", "Sam Odell", "Sam Odell", "", "T", "direct"},
			}},
		{"a lone label naming someone the report names keeps its turn",
			"Tarrow beat Bellgate on Saturday, said their manager, Ines Marrow.\n\nQ: Kit, how did it feel?\n\nKit Varga: Like a relief. We had waited a long time.\n\nQ: And the second goal?\n\nKit: Lucky. I meant to cross it.\n\nQ: Kit, the third?\n\nKit: Better. I meant that one.\n\nQ: Ines?\n\nMarrow: We kept going. That is all.",
			[]suggestion{
				{"Tarrow beat Bellgate on Saturday", "Ines Marrow", "Ines Marrow", "said", "I2", "indirect"},
				{"Like a relief. We had waited a long time.", "Kit Varga", "Kit Varga", "", "T", "direct"},
				{"Lucky. I meant to cross it.", "Kit", "Kit Varga", "", "T", "direct"},
				{"Better. I meant that one.", "Kit", "Kit Varga", "", "T", "direct"},
				{"We kept going. That is all.", "Marrow", "Ines Marrow", "", "T", "direct"},
			}},
		{"a lone role label keeps its turn",
			"Q: Kit, how did it feel?\n\nKit Varga: Like a relief. We had waited a long time.\n\nQ: And the second goal?\n\nKit: Lucky. I meant to cross it.\n\nQ: Kit, the third?\n\nKit: Better. I meant that one.\n\nManager: We kept going. That is all.",
			[]suggestion{
				{"Like a relief. We had waited a long time.", "Kit Varga", "Kit Varga", "", "T", "direct"},
				{"Lucky. I meant to cross it.", "Kit", "Kit Varga", "", "T", "direct"},
				{"Better. I meant that one.", "Kit", "Kit Varga", "", "T", "direct"},
				{"We kept going. That is all.", "Manager", "Manager", "", "T", "direct"},
			}},
	}
	checkSuggestCases(t, tests)
}
