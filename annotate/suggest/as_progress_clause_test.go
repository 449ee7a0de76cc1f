package suggest

import "testing"

// TestAsProgressClauseEndsContent: ", as" and a subject that "moved closer
// to" or "edged nearer to" an outcome ends the content; "as" clauses of
// other movement, or comparisons, stay.
func TestAsProgressClauseEndsContent(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"moved closer to",
			"The union said on Monday it would fight any sale of the depot, as a Dutch logistics group moved closer to buying the site.",
			"it would fight any sale of the depot"},
		{"edged nearer to",
			"Residents said the library must stay open, as the council edged nearer to a final vote on the budget.",
			"the library must stay open"},
		{"drew closer to",
			"The growers said prices would fall sharply, as the two governments drew closer to a trade deal.",
			"prices would fall sharply"},
		{"near miss: moved higher",
			"The trader said the market would recover, as prices moved higher in the afternoon.",
			"the market would recover, as prices moved higher in the afternoon"},
		{"near miss: as long as",
			"The mayor said the road would stay shut, as long as crews moved closer to the bank.",
			"the road would stay shut, as long as crews moved closer to the bank"},
		{"near miss: a verb before",
			"The coach said the team was improving, as it had moved closer to the top last season.",
			"the team was improving, as it had moved closer to the top last season"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.want)
		})
	}
}
