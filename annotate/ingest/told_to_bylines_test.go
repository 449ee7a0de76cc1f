package ingest

import "testing"

// TestToldToBylines: "As told to" and a reporter's name, alone or beside a
// date and a reading time, is a byline; the phrase opening a sentence of
// the story, or followed by no name, is not.
func TestToldToBylines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"As told to Noor Halvorsen", junkByline},
		{"AS TOLD TO PIETRO VANCE", junkByline},
		{"As told to Noor Halvorsen · 4 May 2026 · 5 min read", junkByline},
		{"As told to reporters on Tuesday, the plan was shelved.", keep},
		{"As told to the committee last week, the budget will not grow.", keep},
		{"As told to him by his mother, the story ends badly.", keep},
	})
}
