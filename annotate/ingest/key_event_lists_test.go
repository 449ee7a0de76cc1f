package ingest

import "testing"

// A live page's index of its entries, in invented events: it goes when
// the page has entries at those times; near-misses stay.
func TestKeyEventLists(t *testing.T) {
	entries := []string{"\n09:12", "\nThe mayor arrived at the count.", "\n10:05", "\nThe second ward was declared."}
	for _, tc := range []struct {
		name  string
		items []string
		taken bool
	}{
		{"two items", []string{"* 09:12 Mayor arrives", "* 10:05 Second ward declared"}, true},
		{"dash bullets", []string{"- 09:12 Mayor arrives", "- 10:05 Second ward declared"}, true},
		{"dotted times", []string{"• 09.12 Mayor arrives", "• 10.05 Second ward declared"}, true},
		{"one item", []string{"* 09:12 Mayor arrives"}, false},
		{"timetable", []string{"* 08:00 Doors open", "* 11:30 Results expected"}, false}, // no entries at those times
		{"sentences", []string{"* 09:12 The mayor arrived.", "* 10:05 The ward was declared."}, false},
	} {
		lines := append(append([]string{"\nKey events"}, tc.items...), entries...)
		lines[1] = "\n" + lines[1]
		got := runLines(lines, removeKeyEventLists)
		for i := range tc.items {
			if got[1+i] != tc.taken {
				t.Errorf("%s: item %d taken %v, want %v", tc.name, i, got[1+i], tc.taken)
			}
		}
		for i := len(tc.items) + 1; i < len(got); i++ {
			if got[i] {
				t.Errorf("%s: entry line %d taken", tc.name, i)
			}
		}
	}
}
