package suggest

import "testing"

// TestFrontedAdverbSubject: "Afterwards the chair … came in and told us
// …": a sentence-initial adverb is never the subject of the coordinated
// cue; a sentence opening on its subject reads as before.
func TestFrontedAdverbSubject(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"an adverb before a described name",
			"We lost by two. Afterwards the league’s secretary, Orla Fenwright, walked into the hall and told us the replay would be on Sunday.",
			"the replay would be on Sunday", "Afterwards", "Orla Fenwright"},
		{"an adverb and a comma before a name",
			"The storm passed overnight. Later, Tomasz Ilkovic toured the harbour and said the boats could go out again.",
			"the boats could go out again", "Later", "Tomasz Ilkovic"},
		{"near miss: a sentence opening on its subject",
			"The storm passed overnight. Tomasz Ilkovic toured the harbour later and said the boats could go out again.",
			"the boats could go out again", "", "Tomasz Ilkovic"},
	})
}
