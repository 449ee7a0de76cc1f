package suggest

import (
	"strings"
	"testing"
)

func TestLowPossessiveBase(t *testing.T) {
	for _, w := range []string{"Statement", "Mirela's", "KOVAČ’S", "TOWNS'", "ŻARY’", "'", "’s", "ÉTÉ", "JOHN'S", "plain"} {
		tok := token{text: w, low: strings.ToLower(w)}
		if got, want := lowPossessiveBase(tok), strings.ToLower(possessiveBase(w)); got != want {
			t.Errorf("lowPossessiveBase(%q) = %q, want %q", w, got, want)
		}
	}
}
