package ingest

import "testing"

// Player controls left by a scraped video player, in invented text, and
// the same words where they are the story's own.

func TestPlayerControls(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		kinds []junk // as the older rules left them
		block []int
		taken []bool
	}{
		{"controls under the clock",
			[]string{"Watch: the mayor opens the bridge", "Play", "0:00 / 1:32", "Captions", "Settings", "Full screen"},
			[]junk{junkChrome, junkChrome, junkDate, keep, keep, keep}, []int{0, 0, 0, 0, 0, 0},
			[]bool{true, true, true, true, true, true}},
		{"one label under the clock",
			[]string{"Play", "0:00 / 0:47", "Subtitles"},
			[]junk{junkChrome, junkDate, keep}, []int{0, 0, 0},
			[]bool{true, true, true}},
		{"controls above the play button",
			[]string{"Mute", "Fullscreen", "Play", "The ferry left at dawn."},
			[]junk{keep, keep, junkChrome, keep}, []int{0, 0, 0, 1},
			[]bool{true, true, true, false}},
		{"a subheading in a review",
			[]string{"The phone is light and quick.", "Settings", "The menus are clear and short."},
			[]junk{keep, keep, keep}, []int{0, 1, 2},
			[]bool{false, false, false}},
		{"a label in another block than the player",
			[]string{"Play", "0:00 / 2:14", "Captions", "The captions were wrong, viewers said."},
			[]junk{junkChrome, junkDate, keep, keep}, []int{0, 0, 1, 2},
			[]bool{true, true, false, false}},
		{"a clock the rules kept",
			[]string{"Kick-off 3:00", "Settings"},
			[]junk{keep, keep}, []int{0, 0},
			[]bool{false, false}},
		{"a label with more words",
			[]string{"0:00 / 2:14", "Settings for the new tax year"},
			[]junk{junkDate, keep}, []int{0, 0},
			[]bool{true, false}},
	} {
		units := make([]unit, len(tc.lines))
		removed := make([][]string, len(units))
		for i, l := range tc.lines {
			units[i] = unit{text: l, block: tc.block[i]}
		}
		kinds := append([]junk(nil), tc.kinds...)
		removePlayerControls(units, kinds, removed)
		for i := range units {
			if (kinds[i] != keep) != tc.taken[i] {
				t.Errorf("%s: %q taken %v, want %v", tc.name, tc.lines[i], kinds[i] != keep, tc.taken[i])
			}
		}
	}
}
