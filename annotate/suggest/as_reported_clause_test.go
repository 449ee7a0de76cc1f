package suggest

import "testing"

// TestAsReportedClauseEndsContent: ", as" and a subject with a reporting
// verb of its own ends the content before it; "as" clauses without such a
// subject and verb ("as it had been", "as long as", "as expected") stay.
func TestAsReportedClauseEndsContent(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"traders reported",
			"The mayor said the bridge would stay closed, as traders on the quay reported losing customers.",
			"the bridge would stay closed"},
		{"a long subject and warned",
			"Officials said on Monday that the port would reopen next week, as fishermen from three villages along the coast warned of losses.",
			"the port would reopen next week"},
		{"after a quoted fragment",
			"The head teacher said the school would stay open \"whatever it takes\", as parents told of long queues at the gate.",
			"the school would stay open \"whatever it takes\""},
		{"near miss: no reporting verb",
			"The mayor said the bridge would stay closed, as it had been since May.",
			"the bridge would stay closed, as it had been since May"},
		{"near miss: as long as",
			"The mayor said the bridge would stay closed, as long as engineers advised it.",
			"the bridge would stay closed, as long as engineers advised it"},
		{"near miss: as expected",
			"The minister said prices would rise, as expected by most economists.",
			"prices would rise, as expected by most economists"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.want)
		})
	}
}
