package suggest

import (
	"strings"
	"testing"
)

// TestSpacedDialogueDash: a translated wire's dialogue dash with a space
// after it opens a line with its own frame, after a speech verb and a
// colon, or as a first-person turn of the last speaker; a dash between
// parts of a sentence, one after a colon with no speech verb, and a list's
// dash bullets are no speech.
func TestSpacedDialogueDash(t *testing.T) {
	tests := []struct {
		name, text string
		want       []suggestion // statement, canonical speaker and cue only
		not        []string     // text no statement may start with
	}{
		{"a line with its own frame",
			"The river rose two metres overnight in Valdemora.\n\n— We have lost everything, — said the mayor, Ana Ortega. The town hall opened the school gym to families.",
			[]suggestion{{statement: "— We have lost everything,", canonical: "Ana Ortega", cue: "said"}}, nil},
		{"a line after a speech verb and a colon",
			"Asked whether the dam would hold, the engineer Tomás Ibarra replied: — Yes. We checked it at midnight and again at four.",
			[]suggestion{{statement: "— Yes. We checked it at midnight and again at four.", canonical: "Tomás Ibarra", cue: "replied"}}, nil},
		{"a first-person turn after its speaker",
			"Lucía Ferrer, 63, said she had moved her furniture upstairs on Sunday.\n\n— My neighbours helped me. We carried the piano up the stairs together.",
			[]suggestion{{statement: "she had moved her furniture upstairs on Sunday", canonical: "Lucía Ferrer", cue: "said"},
				{statement: "— My neighbours helped me. We carried the piano up the stairs together.", canonical: "Lucía Ferrer"}}, nil},
		{"a parenthetical dash in a sentence",
			"Lucía Ferrer said the water had reached the first floor.\n\nThe new barrier — built in 2019 after the last flood — held at the bridge. — It held, the engineers found.",
			[]suggestion{{statement: "the water had reached the first floor", canonical: "Lucía Ferrer", cue: "said"}},
			[]string{"— built", "— It held"}},
		{"a dash after a colon with no speech verb",
			"The council said the plan had one aim: — Cut the cost of repairs by half before the winter.",
			[]suggestion{{statement: "the plan had one aim: — Cut the cost of repairs by half before the winter", canonical: "council", cue: "said"}},
			[]string{"— Cut"}},
		{"a list's dash bullets after a speaker",
			"The council said three measures would start on Monday.\n\n— Sandbags will be handed out at the fire station.\n\n— Schools in the lower town will stay closed.",
			[]suggestion{{statement: "three measures would start on Monday", canonical: "council", cue: "said"}},
			[]string{"— Sandbags", "— Schools"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if g.statement == w.statement {
						found = true
						if g.canonical != w.canonical || g.cue != w.cue {
							t.Errorf("%q: speaker %q cue %q, want %q %q", w.statement, g.canonical, g.cue, w.canonical, w.cue)
						}
					}
				}
				if !found {
					t.Errorf("no statement %q; got %v", w.statement, got)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					if strings.HasPrefix(g.statement, n) {
						t.Errorf("statement %q should not be", g.statement)
					}
				}
			}
		})
	}
}
