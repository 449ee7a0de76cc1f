package ingest

import "testing"

func TestColumnFurnitureLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want junk
	}{
		{"Corrections and clarifications", junkChrome},
		{"The Readers' Editor", junkChrome},
		{"The public editor", junkChrome},
		{"To contact the readers’ editor, email fix@northpaper.example or write to The Readers’ Editor, 4 Mill Lane, Tarnby.", junkTrailer},
		{"To reach our standards editor, write to Standards, The Gazette, PO Box 12, Dunmore.", junkTrailer},
		// near-misses
		{"Corrections and clarifications appear on page 2 every day.", keep},
		{"The readers’ editor upheld the complaint.", keep},
		{"Corrections", keep}, // not this file's: a chrome word of its own
		{"To contact the council, residents should call the number on their bill.", keep},
		{"To contact the readers’ editor, email her, the complainant was told.", keep},
		{"“To contact the readers’ editor, email them at fix@northpaper.example,” she said.", keep},
	} {
		if got := columnFurnitureLine(c.s, wordCount(c.s)); got != c.want {
			t.Errorf("columnFurnitureLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
