package ingest

import "testing"

// A broadcast item's reader, date and player line, in invented names, and
// lines that must stay.

func TestBroadcastCredits(t *testing.T) {
	for _, tc := range []struct {
		line  string
		taken bool
	}{
		{"Read by Tomas Ferrier | Monday 3 March 2025 | Listen again (6 min 40 s) ▶", true},
		{"Presented by Ama Ode | 12 June 2024", true},
		{"Read by Jo Okoro | Tuesday 8 December 2026 | Listen again (4 min 12 s) ▶", true},
		{"Read by Tomas Ferrier | Listen now ▶", true},
		{"Read by Tomas Ferrier", false}, // no date, no player: a label alone
		{"The statement was read by Tomas Ferrier | Monday 3 March 2025", false},
		{"Read by Tomas Ferrier | Weather | Travel | Sport", false}, // a menu
		{"Read by Tomas Ferrier, who said the plan would fail | 3 March", false},
	} {
		units := []unit{{text: tc.line}}
		kinds := []junk{keep}
		removed := make([][]string, 1)
		removeBroadcastCredits(units, kinds, removed, []int{wordCount(tc.line)})
		if (kinds[0] != keep) != tc.taken {
			t.Errorf("%q: taken %v, want %v", tc.line, kinds[0] != keep, tc.taken)
		}
	}
}
