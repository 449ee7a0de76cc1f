package suggest

import (
	"testing"

	"newsmark/annotate"
)

// TestRoleApposedAfterName: a role between commas right after a person's
// name is that person, so a later "she" or "he" stands for the name;
// near misses (the role is a list item, no comma before it, a plural
// role) leave the role as someone else.
func TestRoleApposedAfterName(t *testing.T) {
	tests := []canonicalCase{
		{"a role for a seat after a fronted adverb",
			"The plan survived a vote.\n\nLater, Jane Holt, the MP for Eastby, said the plan was bad. 'What changed was a review,' she said.",
			"'What changed was a review,'", "MP for Eastby", "Jane Holt"},
		{"a woman after a fronted adverb",
			"The bill was read a second time.\n\nAfterwards, Ruth Kane, the MP for Penhallow, said the bill was rushed. 'Nobody read it,' she said.",
			"'Nobody read it,'", "MP for Penhallow", "Ruth Kane"},
		{"a role for a seat, a man",
			"The bill was read a second time.\n\nAfterwards, Gareth Moyle, the MP for Penhallow, said the bill was rushed. 'Nobody read it,' he said.",
			"'Nobody read it,'", "MP for Penhallow", "Gareth Moyle"},
	}
	checkCanonicalCases(t, tests)
}

// TestRoleApposedAfterNameNearMisses: the rule leaves a role that is not
// the name's apposition as it was.
func TestRoleApposedAfterNameNearMisses(t *testing.T) {
	for _, tt := range []struct{ name, text, role string }{
		{"the role is one item of a list",
			"Later, Jane Holt, the MP for Eastby, and Tom Reed met the minister.", "MP for Eastby"},
		{"no comma between the name and the role",
			"Later, Jane Holt thanked the MP for Eastby, who had come early.", "MP for Eastby"},
		{"the name is one of a list before the role",
			"Later, Tom Reed, Jane Holt, the MP for Eastby, met the minister.", "MP for Eastby"},
		{"the role is not closed by a comma",
			"Later, Jane Holt, the MP for Eastby and the mayor met the minister.", "MP for Eastby"},
	} {
		f := &finder{text: load(&annotate.Document{Text: tt.text}, DefaultOptions())}
		f.scan()
		r := f.resolve()
		seen := false
		for _, m := range r.mentions {
			if f.labelText(m.r) == tt.role {
				seen = true
				if m.canonical != tt.role {
					t.Errorf("%s: %q became %q", tt.name, tt.role, m.canonical)
				}
			}
		}
		if !seen {
			t.Errorf("%s: no mention %q", tt.name, tt.role)
		}
	}
}
