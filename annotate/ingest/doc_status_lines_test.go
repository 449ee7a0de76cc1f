package ingest

import "testing"

func TestDocStatusLine(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Status: Draft, subject to approval by the council at its next sitting", true},
		{"Minutes status: unconfirmed", true},
		{"Status: Approved", true},
		{"Status: awaiting approval by the committee", true},
		// near-misses: a status that is news, a sentence about a draft,
		// an injury list's status, a label over prose
		{"Status: the bridge stays closed to lorries until the inspection in March", false},
		{"The status of the draft plan was discussed at length by the committee.", false},
		{"Status: doubtful (hamstring)", false},
		{"Status update: the ferry will sail again on Friday, the operator said", false},
	} {
		if got := docStatusLine(tc.s, wordCount(tc.s)); got != tc.want {
			t.Errorf("docStatusLine(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
