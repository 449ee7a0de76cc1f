package suggest

import (
	"fmt"
	"testing"
)

// TestNamedCompanyShortForms: a one-word short form of a body named before
// it as a name and a body's head noun is that body, though the body never
// spoke; two such bodies, a person's surname, or a body named only after
// it leave the short form its own.
func TestNamedCompanyShortForms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Sato Ken, president of Kitaura Railway, told reporters the line would close.\n\nKitaura said it would run buses.",
			[]string{"Sato Ken", "Kitaura Railway"}},
		{"Dana Reyes, who chairs Brackwater Holdings, said the sale was agreed.\n\nBrackwater said it would keep the staff.",
			[]string{"Dana Reyes", "Brackwater Holdings"}},
		// near misses
		{"Sato Ken, president of Kitaura Railway, told reporters the line would close.\n\nKitaura Bank and Kitaura Railway share a name. Kitaura said it would run buses.",
			[]string{"Sato Ken", "Kitaura"}},
		{"Sato Ken, president of Kitaura Railway, told reporters the line would close.\n\nEmma Kitaura runs a shop. Kitaura said it would run buses.",
			[]string{"Sato Ken", "Emma Kitaura"}},
		{"Kitaura said it would run buses. Sato Ken, president of Kitaura Railway, told reporters the line would close.",
			[]string{"Kitaura", "Sato Ken"}},
		{"Dana Reyes, who wrote the Brackwater Report, said the sale was agreed.\n\nBrackwater said it would keep the staff.",
			[]string{"Dana Reyes", "Brackwater"}},
	}
	for _, tt := range tests {
		if got := canonicalSpeakers(tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}
