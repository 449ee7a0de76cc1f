package ingest

import "testing"

// Safety boxes closing a story, in wordings no fixture uses, beside lists
// inside stories that must stay.

func TestSafetyTipBoxes(t *testing.T) {
	tips := []string{"- Check the tide times before you set out", "- Wear a buoyancy aid on the water", "- Carry a charged phone in a waterproof pouch"}
	tests := []struct {
		name    string
		heading string
		tips    []string
		slogan  string
		after   bool // a kept story paragraph after the box
		remove  bool
	}{
		{"with a slogan", "OUT ON THE WATER? STAY SAFE", tips, "Check. Wear. Carry.", false, true},
		{"no slogan", "BEFORE YOU GO", tips, "", false, true},
		{"four tips", "WINTER WALKING: BE READY", append([]string{"- Start early"}, tips...), "", false, true},
		{"inside the story", "OUT ON THE WATER? STAY SAFE", tips, "", true, false},
		{"heading in ordinary case", "Out on the water? Stay safe", tips, "", false, false},
		{"two tips only", "STAY SAFE", tips[:2], "", false, false},
		{"a quoted tip", "STAY SAFE", append([]string{"- “Never go out alone,” the coxswain said"}, tips...), "", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			units := []unit{
				{text: "Two kayakers were rescued off Kelby Point on Sunday after being swept out by the ebb tide, the coastguard said.", block: 0},
				{text: "The coxswain said both were wearing buoyancy aids and had called for help as soon as they got into difficulty.", block: 1},
				{text: "Both were taken to hospital as a precaution and were later allowed home, a spokeswoman for the hospital said.", block: 2},
				{text: tc.heading, block: 3},
			}
			for _, s := range tc.tips {
				units = append(units, unit{text: s, block: 3})
			}
			if tc.slogan != "" {
				units = append(units, unit{text: tc.slogan, block: 3})
			}
			box := len(units)
			if tc.after {
				units = append(units, unit{text: "The lifeboat station will hold an open day in August, when visitors can see the boats and meet the crew.", block: 4})
			}
			kinds := make([]junk, len(units))
			removed := make([][]string, len(units))
			wc := make([]int, len(units))
			for i := range units {
				wc[i] = wordCount(units[i].text)
			}
			removeSafetyTipBoxes(units, kinds, removed, wc)
			for k := 3; k < box; k++ {
				if got := kinds[k] != keep; got != tc.remove {
					t.Errorf("%q removed = %v, want %v", units[k].text, got, tc.remove)
				}
			}
			for k := 0; k < 3; k++ {
				if kinds[k] != keep {
					t.Errorf("story paragraph %d removed", k)
				}
			}
		})
	}
}
