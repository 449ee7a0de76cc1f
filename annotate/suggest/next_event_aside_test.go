package suggest

import "testing"

// The writer's aside giving the place and date of the content's next
// event is cut; without a date, with a verb, or not after "next" it stays.
// Invented text.

func TestNextEventAside(t *testing.T) {
	tests := []struct{ name, text, statement string }{
		{"next round at circuit", "Ann Roe said the team would “look at everything” before the next round, at the Harbour Road circuit on 14 September.\n",
			"the team would “look at everything” before the next round"},
		{"next meeting in hall", "Tom Hale said the council would vote on the plan at the next meeting, in the Guildhall on 3 May.\n",
			"the council would vote on the plan at the next meeting"},
		{"following match", "Ann Roe said the squad would be fit for the following match, at Elm Park on May 9.\n",
			"the squad would be fit for the following match"},
		// near-misses
		{"no date", "Ann Roe said the team would decide before the next round, at the latest.\n",
			"the team would decide before the next round, at the latest"},
		{"verb in aside", "Tom Hale said the council would vote at the next meeting, in which members will debate the budget on 3 May.\n",
			"the council would vote at the next meeting, in which members will debate the budget on 3 May"},
		{"no next", "Ann Roe said the team would race in the final round, at the Harbour Road circuit on 14 September.\n",
			"the team would race in the final round, at the Harbour Road circuit on 14 September"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.statement)
		})
	}
}
