package ingest

import "testing"

// A gallery's counter on a line of its own, in forms no fixture uses,
// beside lines with the same figures that must stay.

func TestGalleryCounters(t *testing.T) {
	for _, s := range []string{
		"1 of 9",
		"(4 of 20)",
		"15 of 15",
	} {
		if k := galleryCounterLine(s, wordCount(s)); k == keep {
			t.Errorf("gallery counter kept: %q", s)
		}
	}
	for _, s := range []string{
		"3 of 4 households said they would switch.",
		"14 of 9",
		"0 of 6",
		"1 of 1",
		"Two of 12",
	} {
		if k := galleryCounterLine(s, wordCount(s)); k != keep {
			t.Errorf("line taken as a gallery counter: %q", s)
		}
	}
}
