package ingest

import "testing"

// Action-point lists of meeting reports, in wordings no fixture uses,
// beside numbered lists that must stay.

func TestActionPointLists(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		remove bool
	}{
		{"capitals with initials", []string{"ACTION POINTS", "1. Treasurer to circulate the accounts by 3 May (JT)", "2. Chair to write to the bus company (PW)"}, true},
		{"agreed, no initials", []string{"Actions agreed:", "1. Secretary to book the hall for the summer fair", "2. Members to bring raffle prizes to the next meeting"}, true},
		{"bracketed numbers", []string{"Actions arising", "1) Clerk to chase the highways team about the potholes (DB/KL)", "2) Warden to check the grit bins before January"}, true},
		{"other heading", []string{"WHAT HAPPENS NEXT", "1. Clerk to write to the council", "2. Chair to report back"}, false},
		{"one item only", []string{"ACTION POINTS", "1. Clerk to write to the council (RA)"}, false},
		{"reported items", []string{"Action points", "1. Residents said they want the council to act now.", "2. The chair said she was going to resign."}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			units := make([]unit, len(tc.lines))
			kinds := make([]junk, len(tc.lines))
			wc := make([]int, len(tc.lines))
			for i, l := range tc.lines {
				units[i] = unit{text: l, block: i}
				wc[i] = wordCount(l)
			}
			removeActionPointLists(units, kinds, make([][]string, len(units)), wc)
			for i := range units {
				if got := kinds[i] != keep; got != tc.remove {
					t.Errorf("%q removed = %v, want %v", tc.lines[i], got, tc.remove)
				}
			}
		})
	}
}
