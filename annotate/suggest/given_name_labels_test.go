package suggest

import (
	"fmt"
	"testing"
)

// TestGivenNameLabels: a transcript label that is a given name alone
// speaks as the one person the report named in full with it; two people
// of that given name, or a label in capitals, leave the label as it was.
func TestGivenNameLabels(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Brigid and Tamsin Orrelcott won the county pairs final on Saturday.\n\nBrigid Orrelcott said the wind had made the last end a lottery.\n\nQ: How did the final end feel?\n\nBrigid: Long. The wind kept pushing everything wide and we had to play short.\n\nQ: And the semi-final?\n\nTamsin: Easier. We had the sun behind us for most of it.\n\nQ: Will you defend the title?\n\nBrigid: Of course we will, if our knees allow it next summer.",
			[]string{"Brigid Orrelcott", "Brigid Orrelcott", "Tamsin Orrelcott", "Brigid Orrelcott"}},
		// near misses: two Brigids named in full; no full name at all
		{"Brigid Orrelcott and Brigid Fane won the county pairs final on Saturday.\n\nQ: How did the final end feel?\n\nBrigid: Long. The wind kept pushing everything wide and we had to play short.\n\nQ: And the semi-final?\n\nTamsin: Easier. We had the sun behind us for most of it.\n\nQ: Will you defend the title?\n\nBrigid: Of course we will, if our knees allow it next summer.",
			[]string{"Brigid", "Tamsin", "Brigid"}},
		{"The pair won the county pairs final on Saturday.\n\nQ: How did the final end feel?\n\nBrigid: Long. The wind kept pushing everything wide and we had to play short.\n\nQ: And the semi-final?\n\nTamsin: Easier. We had the sun behind us for most of it.\n\nQ: Will you defend the title?\n\nBrigid: Of course we will, if our knees allow it next summer.",
			[]string{"Brigid", "Tamsin", "Brigid"}},
	}
	for _, tt := range tests {
		if got := canonicalSpeakers(tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}
