package suggest

import "testing"

// TestSummaryNounClause: the writer's gloss after quoted words ("…”, a
// phrase several members wanted", "…, wording that X called …") ends the
// content; an apposition that is no summary noun, a summary noun followed
// by a preposition and "wording" with no quotation before it stay.
func TestSummaryNounClause(t *testing.T) {
	tests := []suggestCase{
		{"a phrase and a clause with no relative word",
			`The minister said the target was "ambitious but fair", a phrase several members had pushed for all week.`,
			[]suggestion{
				{"the target was \"ambitious but fair\"", "The minister", "minister", "said", "I1", "mixed"},
			}},
		{"a line and a name as the clause's subject",
			`Ms Ode said the cuts were "a tax on the poor", a line Mr Hale repeated at the rally.`,
			[]suggestion{
				{"the cuts were \"a tax on the poor\"", "Ms Ode", "Ode", "said", "I1", "mixed"},
			}},
		{"wording after a quotation a few words back",
			`The draft urges members to report "well before" the next meeting, wording that one delegate called "soft".`,
			[]suggestion{
				{"members to report \"well before\" the next meeting", "The draft", "draft", "urges", "I1", "mixed"},
			}},
		{"an apposition that is no summary noun",
			`The minister said the target was "ambitious but fair", a goal several members had pushed for all week.`,
			[]suggestion{
				{"the target was \"ambitious but fair\", a goal several members had pushed for all week", "The minister", "minister", "said", "I1", "mixed"},
			}},
		{"a summary noun followed by a preposition",
			`The minister said the target was "ambitious but fair", a phrase from the 2015 accord.`,
			[]suggestion{
				{"the target was \"ambitious but fair\", a phrase from the 2015 accord", "The minister", "minister", "said", "I1", "mixed"},
			}},
		{"wording with no quotation before it",
			`The minister said the draft needed clearer rules, wording that several members would accept.`,
			[]suggestion{
				{"the draft needed clearer rules, wording that several members would accept", "The minister", "minister", "said", "I1", "indirect"},
			}},
	}
	checkSuggestCases(t, tests)
}
