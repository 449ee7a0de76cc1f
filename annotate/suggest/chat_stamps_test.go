package suggest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// TestChatMessagesAreTurns: a chat log quoted with each message's clock
// time ("[18:31] Ines Varga: …") is read as a transcript of name labels:
// each message a statement by the name after the time, never by the time.
// Invented page.
func TestChatMessagesAreTurns(t *testing.T) {
	text := "Messages seen by this paper show the duty master, Ines Varga, and a crewing officer, Tom Reyes, discussing the evening sailing.\n\n" +
		"[18:31] Ines Varga: We are two deckhands down for the eight o’clock crossing tonight.\n\n" +
		"[18:32] Tom Reyes: Sail it anyway, nobody counts heads on the evening run.\n\n" +
		"[18:32] Ines Varga: That is not what the certificate says.\n\n" +
		"The company said it would review the roster."
	checkSpeakerCases(t, "chat messages", []speakerCase{
		{"clock-stamped messages", text, []speakerWant{
			{"We are two deckhands down for the eight o’clock crossing tonight.", "Ines Varga"},
			{"Sail it anyway, nobody counts heads on the evening run.", "Tom Reyes"},
			{"That is not what the certificate says.", "Ines Varga"},
		}},
	})
	got, _ := readSuggestions(text)
	for _, g := range got {
		if strings.Contains(g.statement, "18:3") {
			t.Errorf("a clock time inside a statement: %q", g.statement)
		}
	}
}

// TestAfterClockStamp: only a bracketed hour and minutes opening the
// paragraph is skipped; near misses keep the label's first token.
func TestAfterClockStamp(t *testing.T) {
	tests := []struct {
		text string
		skip int
	}{
		{"[18:31] Ines Varga: We sail.", 5},
		{"[8:05] Ines Varga: We sail.", 5},
		{"[18:3] Ines Varga: We sail.", 0},    // minutes in one digit
		{"[2024] Ines Varga: We sail.", 0},    // a year, no time
		{"(18:31) Ines Varga: We sail.", 0},   // round brackets are another kind
		{"[18 : 31] Ines Varga: We sail.", 0}, // spaced, no stamp
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
