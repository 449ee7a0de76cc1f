package ingest

import "testing"

// Arrow pagers in invented titles, and arrow lines that must stay.
func TestArrowPager(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"← Ep. 12: The mill at Carrow | Ep. 14: Coming 2 May →", true},
		{"‹ Part 2: The flood · Part 4: The rebuild ›", true},
		{"← Episode 7: Low tide | Episode 9: High water →", true},
		{"← Back to all episodes", false},
		{"← Older stories | Newer stories →", false}, // numbers no item
		{"← Ep. 12: The mill at Carrow", false},      // one half only
		{"“← Ep. 12 | Ep. 14 →”", false},
	} {
		if got := pagerLine(tc.line, wordCount(tc.line)); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.line, got, tc.want)
		}
	}
}
