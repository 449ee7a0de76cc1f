package dataset

import (
	"math/rand"
	"testing"

	"newsmark/annotate"
)

// cpText slices what annotate.Index slices, for every pair of offsets in
// any order (walking forwards, backwards and from the start), on texts of
// one-, two-, three- and four-byte characters and on bad UTF-8.
func TestCPTextSlicesAsIndex(t *testing.T) {
	texts := []string{
		"",
		"Plain words only.",
		"Zoë met Łukasz at the café – “hello”.",
		"Rain 🌧 then sun ☀️; a 𝄞 clef and 漢字 too.",
		"bad \xe2\x82 bytes \xff and \xf0\x9f\x98 a cut-off one",
		"🌧🌧🌧",
		"é then forty bytes of plain ASCII text here, 漢 seventeen more ones\xff nine more",
	}
	rng := rand.New(rand.NewSource(7))
	for _, text := range texts {
		x := annotate.NewIndex(text)
		n := x.Len()
		var pairs [][2]int
		for s := -2; s <= n+2; s++ {
			for e := -2; e <= n+2; e++ {
				pairs = append(pairs, [2]int{s, e})
			}
		}
		for round := range 3 {
			c := newCPText(text)
			if c.runes != n {
				t.Fatalf("%q: %d code points, want %d", text, c.runes, n)
			}
			if round > 0 {
				rng.Shuffle(len(pairs), func(i, j int) { pairs[i], pairs[j] = pairs[j], pairs[i] })
			}
			for _, p := range pairs {
				if got, want := c.slice(p[0], p[1]), x.Slice(p[0], p[1]); got != want {
					t.Fatalf("%q [%d, %d): %q, want %q", text, p[0], p[1], got, want)
				}
			}
		}
	}
}

// Offsets in code points are checked against the text's length without
// an index: the end of the text is inside it, one past it and below zero
// are not.
func TestCodePointOffsetsWithoutIndex(t *testing.T) {
	o, err := newOffsets("Łódź 🌧", "")
	if err != nil {
		t.Fatal(err)
	}
	if o.x != nil {
		t.Fatal("code points built an index")
	}
	if s, e, err := o.rng("span", 0, 6); err != nil || s != 0 || e != 6 || o.slice(s, e) != "Łódź 🌧" {
		t.Fatalf("whole text: %d %d %v", s, e, err)
	}
	if got := o.slice(5, 6); got != "🌧" {
		t.Fatalf("last character: %q", got)
	}
	for _, bad := range [][2]int{{0, 7}, {-1, 2}, {4, 3}} {
		if _, _, err := o.rng("span", bad[0], bad[1]); err == nil {
			t.Errorf("[%d, %d) accepted", bad[0], bad[1])
		}
	}
	if _, err := newOffsets("x", "bytes"); err == nil {
		t.Error("an unknown unit accepted")
	}
}
