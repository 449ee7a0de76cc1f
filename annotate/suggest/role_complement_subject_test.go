package suggest

import "testing"

// TestRoleComplementSubjectKeepsContent: a role with a "for" or "of"
// complement and a name apposed to it opens one reported clause, with the
// named speaker nested in it; a phrase with no role noun, a complement in
// capitals or a function word in it, stays cut at its comma.
func TestRoleComplementSubjectKeepsContent(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"minister for",
			"The mayor said the minister for rural affairs, Tom Vale, had told MPs last week that the bypass would be built.",
			"the minister for rural affairs, Tom Vale, had told MPs last week that the bypass would be built"},
		{"head of",
			"Ms Reid said the head of research, Ana Lobo, told staff on Friday that the lab would close.",
			"the head of research, Ana Lobo, told staff on Friday that the lab would close"},
		{"secretary for",
			"He wrote that the new secretary for local transport, Ian Moss, had warned councils the fund was empty.",
			"the new secretary for local transport, Ian Moss, had warned councils the fund was empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.want)
		})
	}
	// near misses keep the cut at the comma: a verb in the phrase, a name
	// with its cue and no closing comma, a function word in the complement
	misses := []struct{ name, text, want string }{
		{"near miss: a verb in the phrase",
			"Critics said the minister for housing had failed, Tom Vale told MPs on Monday.",
			"the minister for housing had failed"},
		{"near miss: a parenthetical cue",
			"Aides said the minister for sport, Tom Vale said, would resign.",
			"the minister for sport"},
		{"near miss: a function word in the complement",
			"Aides said the minister for sport and the arts, Tom Vale, told MPs that the fund was empty.",
			"the minister for sport and the arts"},
	}
	for _, tt := range misses {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.want)
		})
	}
}
