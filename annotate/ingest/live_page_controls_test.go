package ingest

import "testing"

// A live page's control lines, and lines that must stay.
func TestLiveControls(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Refresh for latest updates | Share this ticker", true},
		{"Auto-refresh on · Newest first", true},
		{"Pause updates | Share this live blog", true},
		{"Refresh for latest updates", false}, // one part alone
		{"Share this ticker | Ines Valko", false},
		{"Refresh the page | the minister said she was staying", false},
	} {
		if got := liveControls(tc.line, wordCount(tc.line)); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.line, got, tc.want)
		}
	}
}
