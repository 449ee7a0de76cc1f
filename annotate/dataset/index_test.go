package dataset

import (
	"math/rand"
	"strings"
	"testing"
)

// One textIndex, reused from text to text as an export reuses it, gives
// for every code point the byte and UTF-16 offsets that ranging over the
// text gives: in texts mixing long ASCII runs (read eight bytes at a
// time) with accents, characters outside the BMP and invalid bytes (one
// code point each, as range counts them), longer and shorter than the one
// before.
func TestTextIndexOffsetsAreRangesOffsets(t *testing.T) {
	pieces := []string{"a", "harbour ", "container traffic rose", "é", "Gdańsk", "—", "👍🏽", "𝒳", "\xff", "\xe2\x80", "\n", "12345678"}
	rng := rand.New(rand.NewSource(3))
	var x textIndex
	checked := 0
	for round := range 5000 {
		var sb strings.Builder
		for range rng.Intn(30) {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := sb.String()
		x.reset(text)
		var bytes, units []int
		u := 0
		for i, r := range text {
			bytes = append(bytes, i)
			units = append(units, u)
			u++
			if r > 0xFFFF {
				u++
			}
		}
		bytes, units = append(bytes, len(text)), append(units, u)
		if x.Len() != len(bytes)-1 {
			t.Fatalf("round %d, %q: %d code points, want %d", round, text, x.Len(), len(bytes)-1)
		}
		for cp := range bytes {
			if x.UTF8(cp) != bytes[cp] || x.UTF16(cp) != units[cp] {
				t.Fatalf("round %d, %q, code point %d: bytes %d, units %d; want %d, %d", round, text, cp, x.UTF8(cp), x.UTF16(cp), bytes[cp], units[cp])
			}
			checked++
		}
	}
	if checked < 100000 {
		t.Errorf("only %d offsets checked", checked)
	}
}
