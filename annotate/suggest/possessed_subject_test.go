package suggest

import "testing"

// TestPossessedSubjectApposition: a content opened by "her" and a noun
// ("her first boss"), then a name between commas and that name's own cue,
// keeps the whole clause and nests the named speaker's statement; "had
// once told" is the nested cue. A clause before the comma, or a name with
// no cue after it, changes nothing.
func TestPossessedSubjectApposition(t *testing.T) {
	tests := []suggestCase{
		{"her and a noun, then a name in apposition",
			"The fair opened. The chef said her first boss, Elsa Marrow, had once told her that no diner would eat cold soup.",
			[]suggestion{
				{"her first boss, Elsa Marrow, had once told her that no diner would eat cold soup", "The chef", "chef", "said", "I1", "indirect"},
				{"no diner would eat cold soup", "Elsa Marrow", "Elsa Marrow", "had once told", "I1", "indirect"},
			}},
		{"near miss: a name with no cue of its own",
			"The fair opened. The chef said her first boss, Elsa Marrow, had warned her about cold soup.",
			[]suggestion{{"her first boss, Elsa Marrow, had warned her about cold soup", "The chef", "chef", "said", "I1", "indirect"}}},
		{"near miss: a clause before the comma",
			"The fair opened. The chef said her staff left, Elsa Marrow, the owner, had told her that the rent had doubled.",
			[]suggestion{
				{"her staff left", "The chef", "chef", "said", "I1", "indirect"},
				{"the rent had doubled", "Elsa Marrow", "Elsa Marrow", "had told", "I1", "indirect"},
			}},
	}
	checkSuggestCases(t, tests)
}
