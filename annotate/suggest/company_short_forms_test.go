package suggest

import (
	"fmt"
	"testing"
)

// TestCompanyShortForms: a one-word short form of a body that spoke under
// its full name before is that body; a short form of a name that never
// spoke (a product's) or of two bodies keeps its own.
func TestCompanyShortForms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Fenmoor Ferries announced on Monday that two crossings would stop. Fenmoor said the boats were too old.",
			[]string{"Fenmoor Ferries", "Fenmoor Ferries"}},
		// near misses
		{"Fenmoor Ferries announced on Monday that two crossings would stop. Fenmoor Buses announced that one route would go. Fenmoor said the cuts were regrettable.",
			[]string{"Fenmoor Ferries", "Fenmoor Buses", "Fenmoor"}},
	}
	for _, tt := range tests {
		if got := canonicalSpeakers(tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}
