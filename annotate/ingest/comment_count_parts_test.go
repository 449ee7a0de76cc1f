package ingest

import "testing"

func TestCommentCountParts(t *testing.T) {
	tests := []struct {
		line string
		want junk
	}{
		{"By Lena Hart | Mar 2, 2026, 9:05 AM EST | 48 comments", junkByline},
		{"By Tom Ruiz | June 4, 2025 | 1 comment", junkByline},
		{"By Ada Quint · 12 May 2026 · No comments", junkByline},
		{"By Nils Berg | 3 April 2026 | Comments (7)", junkByline},
		// near-misses: a count beside no byline or date, or a part that is news
		{"Council meeting | 200 comments received on the plan", keep},
		{"12 comments | Share", keep},
		{"By Lena Hart | 48 comments were sent to the council", keep},
	}
	for _, tc := range tests {
		if got := headerParts(tc.line); got != tc.want {
			t.Errorf("headerParts(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
