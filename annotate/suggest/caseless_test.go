package suggest

import (
	"strings"
	"testing"
)

// TestASCIILowerSufficesAsToLower holds asciiLowerSuffices and bare's
// shortcut to strings.ToLower for every rune up to U+3000 and a few beyond,
// alone and inside a word with capitals, and for invalid UTF-8.
func TestASCIILowerSufficesAsToLower(t *testing.T) {
	var ws []string
	for r := rune(0x80); r < 0x3000; r++ {
		ws = append(ws, string(r), "Port"+string(r)+"S.", "ab"+string(r))
	}
	ws = append(ws, "Farmers’", "PORT’S", "\uFFFD", "A\uFFFDb", "\xffBad", "Ca\xc3", "naïve", "NAÏVE", "Ωmega", "ΩMEGA", "İzmir",
		"\U0001F600Smile", strings.Repeat("’", 21)+"A", strings.Repeat("’", 22)+"A")
	for _, w := range ws {
		if asciiLowerSuffices(w) && lowerASCIIBytes(w) != strings.ToLower(w) {
			t.Errorf("asciiLowerSuffices(%q) but lowering its ASCII gives %q, not %q", w, lowerASCIIBytes(w), strings.ToLower(w))
		}
		if got, want := bare(w), strings.TrimSuffix(strings.ToLower(w), "."); got != want {
			t.Errorf("bare(%q) = %q, want %q", w, got, want)
		}
	}
	for _, w := range []string{"Farmers’", "port’s", "—", "ab–cd", "Ibáñez"} {
		if !asciiLowerSuffices(w) {
			t.Errorf("asciiLowerSuffices(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"ÉCOLE", "İzmir", "Ωmega", "\xffBad"} {
		if asciiLowerSuffices(w) {
			t.Errorf("asciiLowerSuffices(%q) = true, want false", w)
		}
	}
}
