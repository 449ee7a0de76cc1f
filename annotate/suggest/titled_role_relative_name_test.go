package suggest

import (
	"testing"

	"newsmark/annotate"
)

// TestTitledRoleRelativeName: a name, a role with capitalised modifiers
// between commas and a "who" clause before the cue: the name speaks. With
// no name before the role, no determiner, or "which" for "who", the rule
// does not read the speaker.
func TestTitledRoleRelativeName(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"party candidate",
			"Ashok Rao, the Green Party candidate, who runs a bakery on Mill Lane, said he would keep the library open.",
			"Ashok Rao"},
		{"named list",
			"Mary Oduya, the Harbour Watch organiser, who has lived in the town for 30 years, said the pier was unsafe.",
			"Mary Oduya"},
		{"a role",
			"Liam Ferris, a Labour councillor, who chairs the planning board, said the plans were sound.",
			"Liam Ferris"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := canonicalSpeakers(tt.text)
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("speakers %v, want [%s]", got, tt.want)
			}
		})
	}
	misses := []struct{ name, text string }{
		{"near miss: which", "Ashok Rao, the Green Party candidate, which runs a bakery, said it."},
		{"near miss: no determiner", "Ashok Rao, Green Party candidate, who runs a bakery, said it."},
		{"near miss: no name before", "In Mill Lane, the Green Party candidate, who runs a bakery, said it."},
	}
	for _, tt := range misses {
		t.Run(tt.name, func(t *testing.T) {
			x := load(&annotate.Document{Text: tt.text}, DefaultOptions())
			for m := range x.toks {
				if x.is(m, ",") {
					if _, _, ok := x.nameBeforeTitledRoleRelative(m, 0); ok {
						t.Errorf("read a speaker before comma %d", m)
					}
				}
			}
		})
	}
}
