package suggest

import "testing"

// TestBracketGlosses: a bracketed gloss ending a statement keeps its
// closing bracket; a reaction mark after it is still cut, and a gloss
// inside a quotation or inside the statement is left as it is.
func TestBracketGlosses(t *testing.T) {
	tests := []suggestCase{
		{"a gloss ending a reported statement",
			"The court ruled on Friday.\n\nThe judge said the title was issued without consulting the ayllu [village community].",
			[]suggestion{{"the title was issued without consulting the ayllu [village community]", "The judge", "judge", "said", "I1", "indirect"}}},
		{"a one-word gloss",
			"The court ruled on Friday.\n\nThe judge said the land belonged to the comuneros [villagers].",
			[]suggestion{{"the land belonged to the comuneros [villagers]", "The judge", "judge", "said", "I1", "indirect"}}},
		{"a gloss ending the second of two clauses",
			"The court ruled on Friday.\n\nThe judge said the fences must go and that the registry must issue a título colectivo [collective title].",
			[]suggestion{
				{"the fences must go", "The judge", "judge", "said", "I1", "indirect"},
				{"the registry must issue a título colectivo [collective title]", "The judge", "judge", "said", "I1c", "indirect"},
			}},
		{"a reaction mark is no gloss",
			"The meeting ended late.\n\nThe mayor said the road would reopen in May. [applause]",
			[]suggestion{{"the road would reopen in May", "The mayor", "mayor", "said", "I1", "indirect"}}},
		{"a gloss inside a quotation",
			"The court ruled on Friday.\n\n“The land belongs to the comuneros [villagers],” the judge said.",
			[]suggestion{{"“The land belongs to the comuneros [villagers],”", "the judge", "judge", "said", "D2", "direct"}}},
		{"a gloss inside the statement, not at its end",
			"The court ruled on Friday.\n\nThe judge said the ayllu [village community] had won the case.",
			[]suggestion{{"the ayllu [village community] had won the case", "The judge", "judge", "said", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
