package ingest

import "testing"

// Pasted social posts' frames, in wordings no fixture uses, beside story
// lines that look like them and must stay.

func TestSocialPostStamps(t *testing.T) {
	tests := []struct {
		name    string
		account string
		stamp   string
		bar     string
		dropped []bool // account, stamp, bar
	}{
		{"weekday stamp", "Kelby Lifeboat Station", "Sunday at 08:40 · 🌍", "Like    Comment    Share", []bool{true, true, true}},
		{"date stamp, friends icon", "Harbury Fire Crew", "3 March 2026 at 19:02 · 👥", "Like · Comment · Send", []bool{true, true, true}},
		{"yesterday", "Marsh Valley Wardens", "Yesterday at 7:15 PM · 🌍", "Like   Share", []bool{true, true, true}},
		{"stamp with words after it", "Kelby Lifeboat Station", "Sunday at 08:40 · Kelby harbour", "Like    Comment    Share", []bool{false, false, false}},
		{"a sentence above the stamp", "The crew were called out twice.", "Sunday at 08:40 · 🌍", "Like    Comment    Share", []bool{false, true, true}},
		{"no stamp", "Kelby Lifeboat Station", "Sunday at the harbour", "Like    Comment    Share", []bool{false, false, false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			units := []unit{
				{text: "The station posted about the rescue on its page that evening, thanking the volunteers and the coastguard.", block: 0},
				{text: tc.account, block: 1},
				{text: tc.stamp, block: 1},
				{text: "SHOUT 12/26 At 06:10 we launched to a yacht aground off the point. All three crew safe. Thanks to all involved.", block: 2},
				{text: tc.bar, block: 3},
				{text: "The yacht's owner said he was grateful to the crew and would be making a donation to the station.", block: 4},
			}
			kinds := make([]junk, len(units))
			removed := make([][]string, len(units))
			wc := make([]int, len(units))
			for i := range units {
				wc[i] = wordCount(units[i].text)
			}
			removeSocialPostStamps(units, kinds, removed, wc)
			for k, i := range []int{1, 2, 4} {
				if got := kinds[i] != keep; got != tc.dropped[k] {
					t.Errorf("%q removed = %v, want %v", units[i].text, got, tc.dropped[k])
				}
			}
			for _, i := range []int{0, 3, 5} {
				if kinds[i] != keep {
					t.Errorf("%q removed", units[i].text)
				}
			}
		})
	}
}
