package suggest

import "testing"

// TestAccordingToSourceToSentenceEnd: a postposed "according to" whose
// source closes the sentence is the whole rest of it ("figures released by
// the harbour board", "the biggest survey of the trade so far", "a
// preprint from …" with a noun the lexicon lacks); a named source keeps its
// name, and a time or a channel after the source is no part of it.
func TestAccordingToSourceToSentenceEnd(t *testing.T) {
	tests := []struct {
		name, text, statement, speaker, canonical string
	}{
		{"a participle and its maker",
			"Cargo through the port fell by a tenth last year, according to figures gathered by the harbour board.",
			"Cargo through the port fell by a tenth last year", "figures gathered by the harbour board", "figures gathered by the harbour board"},
		{"where the figures come from",
			"About 900 people attended the open day, according to figures from the museum.",
			"About 900 people attended the open day", "figures from the museum", "figures from the museum"},
		{"a document's subject and its reach",
			"Ferry fares rose faster than wages in every island group, according to the biggest survey of the trade so far.",
			"Ferry fares rose faster than wages in every island group", "the biggest survey of the trade so far", "biggest survey of the trade so far"},
		{"a noun the lexicon does not know",
			"Lambs born in wet springs grow more slowly in their first month, according to a preprint from scientists at the Marlow Institute.",
			"Lambs born in wet springs grow more slowly in their first month", "a preprint from scientists at the Marlow Institute", "preprint from scientists at the Marlow Institute"},
		{"near miss: a named source keeps its name",
			"Rents in the old town are the highest in the county, according to the Valley Housing Index published each May by the Orme Trust.",
			"Rents in the old town are the highest in the county", "the Valley Housing Index", "Valley Housing Index"},
		{"near miss: a time after the source",
			"About 900 people attended the open day, according to figures from the museum on Sunday.",
			"About 900 people attended the open day", "figures from the museum", "figures from the museum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ok := suggestionOf(t, tt.text, tt.statement)
			if !ok {
				return
			}
			if g.speaker != tt.speaker || g.canonical != tt.canonical {
				t.Errorf("%q: speaker %q (%s), want %q (%s)", tt.statement, g.speaker, g.canonical, tt.speaker, tt.canonical)
			}
		})
	}
}
