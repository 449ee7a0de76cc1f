package ingest

import "testing"

// removeBoxHeadings on a page's last kept line standing in a block of its
// own, in invented text: a letters page's last signature stays, a heading
// or a lone signature over nothing goes.

func TestBoxHeadingsLeaveLastLetterSignature(t *testing.T) {
	letter := "The new timetable leaves the village without a bus after six, and nobody asked us."
	for _, tc := range []struct {
		name  string
		lines []string
		kinds []junk
		taken bool // the last kept line (index len-2)
	}{
		{"third signature of a letters page",
			[]string{letter, "— Ann Roe, Kelmouth", letter, "— Sam Ng, Elmbridge", letter, "— Tom Lee, Eastgate", "Most read"},
			[]junk{keep, keep, keep, keep, keep, keep, junkRelated}, false},
		{"second signature of a letters page",
			[]string{letter, "— Ann Roe, Kelmouth", letter, "— Sam Ng, secretary, Pier Trust", "© Harbour News"},
			[]junk{keep, keep, keep, keep, junkTrailer}, false},
		{"signature with a role",
			[]string{letter, "– Cllr Ben Hale, Leader, Vale Council", letter, "– Jo Park, Westgate", "Advertisement"},
			[]junk{keep, keep, keep, keep, junkChrome}, false},
		{"a heading over nothing",
			[]string{letter, "— Ann Roe, Kelmouth", letter, "More from Opinion", "Advertisement"},
			[]junk{keep, keep, keep, keep, junkChrome}, true},
		{"one signature: no letters page",
			[]string{letter, letter, "— Ann Roe, Kelmouth", "Advertisement"},
			[]junk{keep, keep, keep, junkChrome}, true},
		{"a dash and a name without a place",
			[]string{letter, "— Ann Roe, Kelmouth", letter, "— Sam Ng", "Advertisement"},
			[]junk{keep, keep, keep, keep, junkChrome}, true},
	} {
		units := make([]unit, len(tc.lines))
		wc := make([]int, len(tc.lines))
		removed := make([][]string, len(tc.lines))
		for i, l := range tc.lines {
			units[i] = unit{text: l, block: i}
			wc[i] = wordCount(l)
		}
		kinds := append([]junk(nil), tc.kinds...)
		removeBoxHeadings(units, kinds, removed, wc)
		last := len(units) - 2
		if (kinds[last] != keep) != tc.taken {
			t.Errorf("%s: %q taken %v, want %v", tc.name, tc.lines[last], kinds[last] != keep, tc.taken)
		}
	}
}
