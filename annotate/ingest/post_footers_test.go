package ingest

import "testing"

func TestPostFooterLine(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"stamp, counters and link", "6:12 AM · Mar 3, 2027 1.2K likes · 240 reposts View on X", true},
		{"stamp and counters", "21:40 · 9 Feb 2027 812 likes · 96 replies", true},
		{"stamp and link", "09:12 · 4 Mar 2027 View on Threads", true},
		{"counters with the K suffix", "11:03 PM · Jan 2, 2027 14K likes · 2,005 reposts · 310 replies", true},
		{"sentence about likes", "3 March 2027: the post had 1.2K likes · 240 reposts by noon", false},
		{"date then a sentence", "6:12 AM · Mar 3, 2027 The council replied within the hour", false},
		{"counters without a stamp", "About 40 people · 12 reposts", false},
		{"stamp alone", "6:12 AM · Mar 3, 2027", false},
		{"link without a stamp", "4 reasons to read it · View on X", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := postFooterLine(tt.line, wordCount(tt.line)); got != tt.want {
				t.Errorf("postFooterLine(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}
