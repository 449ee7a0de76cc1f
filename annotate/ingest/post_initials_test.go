package ingest

import "testing"

// Posts signed by initials, in invented text, and lines that must stay.

func TestInitialsSignatures(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		taken []bool
	}{
		{[]string{"The ferry was cancelled at noon.", "— KM", "Buses will run instead.", "– RT"}, []bool{false, true, false, true}},
		{[]string{"The ferry was cancelled at noon.", "- KM/RT", "Buses will run instead.", "- KM"}, []bool{false, true, false, true}},
		// a lone line of initials: not known to sign posts
		{[]string{"The ferry was cancelled at noon.", "— KM", "Buses will run instead."}, []bool{false, false, false}},
		// a dash before a word, or initials inside a sentence
		{[]string{"— Kim", "— KM said the ferry would run", "— KM", "— NATO", "— TB"}, []bool{false, false, true, false, true}},
	} {
		units := make([]unit, len(tc.lines))
		for i, l := range tc.lines {
			units[i] = unit{text: l}
		}
		kinds := make([]junk, len(units))
		removed := make([][]string, len(units))
		removeInitialsSignatures(units, kinds, removed)
		for i := range units {
			if (kinds[i] != keep) != tc.taken[i] {
				t.Errorf("%q in %q: taken %v, want %v", tc.lines[i], tc.lines, kinds[i] != keep, tc.taken[i])
			}
		}
	}
}
