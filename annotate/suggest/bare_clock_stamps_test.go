package suggest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// TestAfterBareClockStamp: a bare hour and minutes opening the paragraph
// is skipped; near misses keep the label's first token. Invented lines.
func TestAfterBareClockStamp(t *testing.T) {
	tests := []struct {
		text string
		skip int
	}{
		{"21:14 Skipper: We are taking water, over.", 3},
		{"9:05 Pilot: Holding at the buoy.", 3},
		{"06:40 Tower: Runway two is clear.", 3},
		{"21:4 Skipper: We are taking water.", 0},    // minutes in one digit
		{"25:14 Skipper: We are taking water.", 0},   // no hour
		{"21:75 Skipper: We are taking water.", 0},   // no minutes
		{"21 : 14 Skipper: We are taking water.", 0}, // spaced, a score
		{"21:14pm Skipper: We are taking water.", 0}, // glued on
		{"Skipper: We are taking water.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			f := &finder{text: load(&annotate.Document{Text: tt.text}, DefaultOptions())}
			if got := f.afterClockStamp(0, f.toks[0].para); got != tt.skip {
				t.Errorf("afterClockStamp = %d, want %d", got, tt.skip)
			}
		})
	}
}

// TestRadioLogLines: a radio log's stamped lines are turns by the label
// after the time; a stamped line that only asks is none. Invented page.
func TestRadioLogLines(t *testing.T) {
	text := "The harbour authority released its log of the night. Part of it reads:\n\n" +
		"03:10 Pilot: Pilot boat Kestrel leaving the east pier, over.\n\n" +
		"03:11 Harbour: Kestrel, what is your draught, over?\n\n" +
		"03:12 Pilot: Two metres forty. Wind is rising from the north, over.\n\n" +
		"03:15 Harbour: Tug Brenna will meet you at the bar, over.\n\n" +
		"03:20 Pilot: Tug in sight, making fast now, over.\n\n" +
		"The ship berthed at 04:05."
	got, _ := readSuggestions(text)
	want := []string{
		"Pilot boat Kestrel leaving the east pier, over.",
		"Two metres forty. Wind is rising from the north, over.",
		"Tug Brenna will meet you at the bar, over.",
		"Tug in sight, making fast now, over.",
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || g.statement == w
		}
		if !found {
			t.Errorf("missed stamped line %q", w)
		}
	}
	for _, g := range got {
		if strings.Contains(g.statement, "draught") {
			t.Errorf("a stamped question suggested: %q", g.statement)
		}
		if strings.Contains(g.statement, "03:") {
			t.Errorf("a clock time inside a statement: %q", g.statement)
		}
	}
}
