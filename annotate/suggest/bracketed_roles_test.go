package suggest

import (
	"fmt"
	"testing"
)

// TestBracketedRoles: a member list giving each name's role in brackets
// lets a later "the chief nurse" or "the chair" speak as the
// name, and a pronoun after it as well; a bracket holding an age, a party
// or a place, or a role word in lower case, names no role.
func TestBracketedRoles(t *testing.T) {
	const members = "Present: Olwen Brisket (Chair); Dr Tobias Fenwarden (Chief Executive); Marisol Quarrie (Chief Nurse); Ansel Dovecote (Director of Finance).\n\nIn attendance: Petra Ludgrove (Committee Clerk, notes).\n\n"
	tests := []struct {
		text string
		want []string
	}{
		{members + "The chief nurse said two wards on the east block had reopened after the outbreak.",
			[]string{"Marisol Quarrie"}},
		{members + "The chief executive told the board that waiting times had fallen. He said the winter plan was ready.",
			[]string{"Tobias Fenwarden", "Tobias Fenwarden"}},
		{members + "A governor asked about parking. The chair said the trust would reply in writing.",
			[]string{"Olwen Brisket"}},
		// near misses: an age, a party or a place names no role (the
		// readings are the ones from before the rule); a lower-case role is
		// an apposition the older rules read already
		{"Present: Olwen Brisket (64); Marisol Quarrie (Labour); Petra Ludgrove (Hull).\n\nThe chair said the roof would be mended.",
			[]string{"Petra Ludgrove"}},
		{"Marisol Quarrie (chief nurse) and Petra Ludgrove attended.\n\nThe chief nurse said two wards had reopened.",
			[]string{"Marisol Quarrie"}},
	}
	for _, tt := range tests {
		if got := canonicalSpeakers(tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}
