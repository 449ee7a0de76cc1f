package suggest

import (
	"fmt"
	"testing"
)

// TestFullerSpellingKeepsFirst: the canonical name is the one the article
// first spells in full, so a later, fuller spelling of it (an obituary's
// closing line with a middle name) neither replaces it nor has its first
// word read as a role; a later name with another first word is another
// person's, and a full spelling after a surname alone still names it.
func TestFullerSpellingKeepsFirst(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Marguerite Oyelowo-Brand, who mapped the Sorrel ice shelf, has died aged 79.\n\nOyelowo-Brand said in 2009 that the shelf would fail within a generation.\n\n“She never once raised her voice,” said her colleague Tomas Reyl.\n\nShe said the ice would outlive them all.\n\nMarguerite Anne Oyelowo-Brand, glaciologist, born 3 June 1945; died 20 February 2027",
			[]string{"Marguerite Oyelowo-Brand", "Tomas Reyl", "Marguerite Oyelowo-Brand"}},
		// near misses: another first word is another person; a surname
		// alone before the full spelling takes the full spelling
		{"Marguerite Oyelowo-Brand, who mapped the Sorrel ice shelf, has died aged 79.\n\nHer daughter, Anne Oyelowo-Brand, said she had worked until the last week.\n\nOyelowo-Brand said the family would scatter her ashes on the ice.",
			[]string{"Anne Oyelowo-Brand", "Anne Oyelowo-Brand"}},
		{"Oyelowo-Brand dies at 79\n\nMarguerite Oyelowo-Brand, who mapped the Sorrel ice shelf, has died.\n\nOyelowo-Brand said in 2009 that the shelf would fail within a generation.",
			[]string{"Marguerite Oyelowo-Brand"}},
	}
	for _, tt := range tests {
		if got := canonicalSpeakers(tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}
