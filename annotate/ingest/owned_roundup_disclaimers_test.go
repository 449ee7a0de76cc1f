package ingest

import "testing"

// TestOwnedRoundupDisclaimer: a round-up's note naming its outlet as owner
// goes, with or without its "not verified" sentence; a reported, quoted or
// past-tense sentence about such a column stays.
func TestOwnedRoundupDisclaimer(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool // page furniture
	}{
		{"Sideline Post’s gossip column rounds up rumours from other outlets. We have not verified these stories.", true},
		{"The Ledger's morning digest gathers reports from the weekend papers.", true},
		{"Pitchside Weekly’s transfer round-up collects the best rumours from the European press. None of them is confirmed.", true},
		{"Sideline Post’s gossip column rounds up rumours from other outlets, its editor said on Friday.", false},
		{"Sideline Post’s gossip column rounded up rumours from other outlets for twenty years.", false},
		{"“Sideline Post’s column rounds up rumours from other outlets,” the agent complained.", false},
		{"Hartley's column was one of the most read in the paper.", false},
	} {
		if got := classify(tt.line, wordCount(tt.line)) != keep; got != tt.want {
			t.Errorf("classify(%q) furniture %v, want %v", tt.line, got, tt.want)
		}
	}
}
