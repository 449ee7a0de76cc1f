package suggest

import "testing"

// speakerOfStatement is the canonical speaker suggested for the statement
// of text that is exactly statement, or "" with an error when none is.
func speakerOfStatement(t *testing.T, text, statement string) string {
	t.Helper()
	got, _ := readSuggestions(text)
	for _, g := range got {
		if g.statement == statement {
			return g.canonical
		}
	}
	t.Errorf("%q: no statement %q in %v", text, statement, got)
	return ""
}

// TestJapaneseHonorifics: a name with a Japanese honorific suffix is the
// person the text names in full with that family name, first or last,
// before or after it; the suffix is never part of the canonical. Two
// people of that family name leave the bare family name.
func TestJapaneseHonorifics(t *testing.T) {
	const nested = "‘Tanaka-san, two hours on a bus is too long for you,’"
	tests := []struct {
		text, want string
	}{
		{"The clinic will close in May, the town said on Monday.\n\nAt the station, Tanaka Yui, 70, said she visits a doctor each week. “Kobayashi-sensei told me, " + nested + "” she said. “What can I do?”\n\nKobayashi Haru, who runs the clinic, said the line mattered.",
			"Kobayashi Haru"},
		{"The clinic will close in May, the town said on Monday.\n\nAt the station, Yui Tanaka, 70, said she visits a doctor each week. “Kobayashi-san told me, " + nested + "” she said. “What can I do?”\n\nHaru Kobayashi, who runs the clinic, said the line mattered.",
			"Haru Kobayashi"},
		// near misses: two Kobayashis, none named in full
		{"The clinic will close in May, the town said on Monday.\n\nAt the station, Yui Tanaka, 70, said she visits a doctor each week. “Kobayashi-san told me, " + nested + "” she said. “What can I do?”\n\nHaru Kobayashi and Aoi Kobayashi run the clinic.",
			"Kobayashi"},
		{"The clinic will close in May, the town said on Monday.\n\nAt the station, Yui Tanaka, 70, said she visits a doctor each week. “Kobayashi-sama told me, " + nested + "” she said. “What can I do?”",
			"Kobayashi"},
	}
	for _, tt := range tests {
		if got := speakerOfStatement(t, tt.text, nested); got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestStripJapaneseHonorific: only a suffix after a capitalised name of two
// letters or more is an honorific; a word that merely ends in its letters
// is not.
func TestStripJapaneseHonorific(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Tanaka-san", "Tanaka", true},
		{"Ishikawa-sensei", "Ishikawa", true},
		{"Mori-chan", "Mori", true},
		{"Kenji-kun", "Kenji", true},
		{"Okada-sama", "Okada", true},
		// near misses
		{"Dusan", "Dusan", false},
		{"Lee-Chan", "Lee-Chan", false},
		{"Sheehan", "Sheehan", false},
		{"Lloyd-Duncan", "Lloyd-Duncan", false},
		{"non-san", "non-san", false},
		{"-san", "-san", false},
		{"Smith-Jones-san", "Smith-Jones-san", false},
	}
	for _, tt := range tests {
		if got, ok := stripJapaneseHonorific(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("stripJapaneseHonorific(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
