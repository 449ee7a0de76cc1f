package ingest

import "testing"

// Line-end breaks in words no fixture uses: a compound's own hyphen stays,
// a word broken for the line joins whole.

func TestJoinLinesCompoundHyphen(t *testing.T) {
	tests := []struct {
		a, b, page, want string
	}{
		{"a short-", "sighted plan for the loch", "", "a short-sighted plan for the loch"},
		{"a well-", "informed source at the yard", "", "a well-informed source at the yard"},
		{"a self-", "employed joiner from Carrow", "", "a self-employed joiner from Carrow"},
		{"their far-", "reaching plans for the quay", "", "their far-reaching plans for the quay"},
		// near misses: one word broken for the line
		{"the plan was ap-", "proved on Monday", "", "the plan was approved on Monday"},
		{"the gates were hard-", "ened against the tide", "", "the gates were hardened against the tide"},
		{"the yard was part-", "itioned into lots", "", "the yard was partitioned into lots"},
		{"the lights were low-", "ered at dusk", "", "the lights were lowered at dusk"},
		{"the ill-", "ustrated guide", "", "the illustrated guide"},
		{"a long-", "ing look at the sea", "", "a longing look at the sea"},
		// the page prints the word unbroken elsewhere
		{"a self-", "seeking move", "a selfseeking move\n", "a selfseeking move"},
	}
	for _, tt := range tests {
		if got := joinLines(tt.a, tt.b, tt.page); got != tt.want {
			t.Errorf("joinLines(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}
