package suggest

import (
	"strings"
	"testing"
)

// TestPoliceRankAbbreviation: "DCI Morrow" after "Detective Chief Inspector
// Ruth Morrow" is the same officer, and so is the "she" that follows.
func TestPoliceRankAbbreviation(t *testing.T) {
	text := "Detective Chief Inspector Ruth Morrow, of the Greyhaven Major Crime Team, said the van had been found burnt out near the quarry.\n\nThe driver had left the scene on foot, DCI Morrow said. She said officers were checking footage from the petrol station on Mill Road."
	got, _ := readSuggestions(text)
	n := 0
	for _, g := range got {
		if strings.Contains(g.statement, "left the scene") || strings.Contains(g.statement, "checking footage") {
			n++
			if g.canonical != "Ruth Morrow" {
				t.Errorf("canonical of %q: got %q, want Ruth Morrow", g.statement, g.canonical)
			}
		}
	}
	if n != 2 {
		t.Errorf("statements after the rank abbreviation: got %d of 2 in %v", n, got)
	}
}
