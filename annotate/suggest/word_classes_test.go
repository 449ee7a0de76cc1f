package suggest

import "testing"

// TestClassesOfAgreesWithLexicons checks classesOf against asking each
// lexicon, for every word they hold, its stem before a plural "s", and a
// few words none holds.
func TestClassesOfAgreesWithLexicons(t *testing.T) {
	lexicons := wordClassLexicons()
	probe := map[string]bool{"": true, "zebrafish": true, "Minister": true, "minister.": true}
	for _, in := range lexicons {
		for w := range in.lex {
			probe[w] = true
			if n := len(w); n > 0 {
				probe[w[:n-1]] = true
			}
		}
	}
	for w := range probe {
		c := classesOf(w)
		for _, in := range lexicons {
			if got := c&in.set != 0; got != in.lex[w] {
				t.Errorf("classesOf(%q) has %b: %v, the lexicon says %v", w, in.set, got, in.lex[w])
			}
		}
		if got := c&inRoleNounStems != 0; got != roleNouns[w+"s"] {
			t.Errorf("classesOf(%q) says a role noun with an s: %v, roleNouns says %v", w, got, roleNouns[w+"s"])
		}
	}
}
