package ingest

import "testing"

func TestFollowPromo(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Follow Harbour Sport on X for live updates.", true},
		{"Follow us on Instagram for the latest news", true},
		{"Follow The Daily Tide on Facebook for breaking weather news.", true},
		// near-misses: story sentences with the same words
		{"Follow the river on foot for two miles to reach the bridge.", false},
		{"Fans follow the club on X for updates, the chairman said, but few buy tickets.", false},
		{"Follow-up tests on the water supply are due next week.", false},
	}
	for _, tt := range tests {
		if got := followPromo(tt.line); got != tt.want {
			t.Errorf("followPromo(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
