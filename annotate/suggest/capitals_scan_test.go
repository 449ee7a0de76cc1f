package suggest

import (
	"strings"
	"testing"
	"unicode"
)

// capitalsSplit is capitalsOf as it was first written, splitting the name
// into words and the words at hyphens: capitalsScan must agree with it.
func capitalsSplit(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		for _, part := range strings.Split(w, "-") {
			for _, c := range part {
				if unicode.IsUpper(c) {
					b.WriteRune(c)
				}
				break
			}
		}
	}
	return b.String()
}

func TestCapitalsScan(t *testing.T) {
	for _, name := range []string{
		"", " ", "-", "--", "Marta Quell", "Tomás Rourke-Delaney", "Élodie Vance-de-Ville",
		"van der Berg", "  Ira\tNoll\n", "-Aster", "Aster-", "Kell--Dorne", "o'Brien Mace",
		"Ana\u00a0Loft", "ÆSIR Holt", "\xffBad Bytes", "Bad\xff-Xeno", "lower case only",
	} {
		if got, want := capitalsScan(name), capitalsSplit(name); got != want {
			t.Errorf("capitalsScan(%q) = %q, want %q", name, got, want)
		}
	}
}
