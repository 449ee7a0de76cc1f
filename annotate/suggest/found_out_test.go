package suggest

import "testing"

// "Found out" is learning, not a finding reported: no statement follows
// it; "found" with a clause, "found that", and "found" before "out" in
// another role still report. Invented text.

func TestFoundOut(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"people found out", "Nurses found out their clinic was closing from a noticeboard.",
			nil, []string{"out their clinic was closing from a noticeboard", "their clinic was closing from a noticeboard"}},
		{"finds out in quotation", "\"Staff found out the depot would shut from a news alert,\" Ann Roe said.",
			[]string{"\"Staff found out the depot would shut from a news alert,\""}, []string{"out the depot would shut from a news alert"}},
		{"the board finds out", "The board finds out the bid has failed only on Friday.",
			nil, []string{"out the bid has failed only on Friday"}},
		// near-misses: a finding reported
		{"review found that", "The review found that managers had ignored the warnings.",
			[]string{"managers had ignored the warnings"}, nil},
		{"inspectors found clause", "Inspectors found the ward was short of nurses on most nights.",
			[]string{"the ward was short of nurses on most nights"}, nil},
		{"found that out-of-date", "The audit found that out-of-date drugs were kept on two wards.",
			[]string{"out-of-date drugs were kept on two wards"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, tt.want, tt.not)
		})
	}
}
