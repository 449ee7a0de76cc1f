package ingest

import "testing"

// Bare "handle: text" reader comments under a story, in wordings no
// fixture uses, beside transcript turns and labels that must stay.

func TestHandleComments(t *testing.T) {
	story := []string{
		"The village fete raised more than £4,000 for the church roof on Saturday, the organisers said, after a dry morning brought record crowds.",
		"Mrs Okafor, who has run the cake stall for twenty years, said the Victoria sponge had sold out by eleven o'clock in the morning.",
		"The tug of war was won by the Red Lion for the third year running, and the dog show drew forty entries from across the valley.",
	}
	tests := []struct {
		name    string
		above   string // removed furniture right above the lines
		lines   []string
		after   bool // a kept story paragraph after the lines
		removed bool
	}{
		{"under a comments heading", "Comments (2)", []string{"Fellwalker88: Great day, well done all.", "K.Dunn: Best cakes in the county!!"}, true, true},
		{"last on the page, no heading", "Share this article", []string{"Fellwalker88: Great day, well done all.", "K.Dunn: Best cakes in the county!!", "old_timer: \"Record crowds\" and no parking again."}, false, true},
		{"handles with underscores", "Reader comments", []string{"marsh_lad: Shame about the rain at four.", "Bev-1962: Lovely to see the dog show back."}, false, true},
		{"transcript turns", "Share this article", []string{"OKAFOR: We sold out by eleven.", "REPORTER: Is that a record?"}, false, false},
		{"speakers the story names", "Share this article", []string{"Okafor: We sold out by eleven.", "Dunn: The tug of war was the best yet."}, false, false},
		{"one reader only", "Comments (2)", []string{"Fellwalker88: Great day, well done all.", "Fellwalker88: And the cakes!"}, false, false},
		{"labels", "Share this article", []string{"Note: The fete is held every August.", "Source: Parish council figures."}, false, false},
		{"not last, no heading", "Advertisement", []string{"Fellwalker88: Great day, well done all.", "K.Dunn: Best cakes in the county!!"}, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var units []unit
			var kinds []junk
			for _, s := range story {
				units = append(units, unit{text: s, block: len(units)})
				kinds = append(kinds, keep)
			}
			units = append(units, unit{text: tc.above, block: len(units)})
			kinds = append(kinds, junkChrome)
			first := len(units)
			for _, s := range tc.lines {
				units = append(units, unit{text: s, block: first})
				kinds = append(kinds, keep)
			}
			if tc.after {
				units = append(units, unit{text: "The fete returns next August, when the organisers hope to add a vintage tractor display and a second tea tent.", block: len(units)})
				kinds = append(kinds, keep)
			}
			removed := make([][]string, len(units))
			wc := make([]int, len(units))
			for i := range units {
				wc[i] = wordCount(units[i].text)
			}
			removeHandleComments(units, kinds, removed, wc)
			for k := first; k < first+len(tc.lines); k++ {
				if got := kinds[k] != keep; got != tc.removed {
					t.Errorf("%q removed = %v, want %v", units[k].text, got, tc.removed)
				}
			}
			for k := 0; k < len(story); k++ {
				if kinds[k] != keep {
					t.Errorf("story paragraph %d removed", k)
				}
			}
		})
	}
}
