package suggest

import (
	"strings"
	"testing"
)

// TestClipLinesOwnNoTurns: a bulletin's "CLIP:" line names the voice of
// the quotation after it; the word owns no turn and the newsreader's
// paragraphs stay nobody's. A transcript whose capitals labels open plain
// turns ("HOST: …", "ODA BERG: …") keeps them.
func TestClipLinesOwnNoTurns(t *testing.T) {
	text := "Good evening. This is the six o’clock news from Valley Radio.\n\nThe ferry to Holm will run again from Monday after repairs to the slipway.\n\nCLIP: Mara Lindqvist, Holm Ferry Trust: “We’re back in business, and the islanders can stop rowing.”\n\nThe council has set aside money for a second slipway next year.\n\nCLIP: Cllr Tom Ashdown, Valley Council: “It will be built before the winter storms.”\n\nAnd now the weather: wet and windy."
	got, _ := readSuggestions(text)
	found := 0
	for _, g := range got {
		if g.pattern == "T" || strings.Contains(g.speaker, "CLIP") {
			t.Errorf("a clip label taken as a transcript speaker: %v", g)
		}
		if strings.HasPrefix(g.statement, "“We’re back") && strings.Contains(g.canonical+g.speaker, "Mara Lindqvist") || strings.HasPrefix(g.statement, "“It will be built") && strings.Contains(g.canonical+g.speaker, "Tom Ashdown") {
			found++
		}
	}
	if found != 2 {
		t.Errorf("the clips' quotations not given to their voices: %v", got)
	}
	// near-miss: plain capitals labels with no name and quotation after them
	text = "HOST: The bridge reopens today.\n\nODA BERG: The fund opens on Monday.\n\nHOST: Will traders be paid?\n\nODA BERG: They will, from the first week."
	got, _ = readSuggestions(text)
	turns := 0
	for _, g := range got {
		if g.pattern == "T" {
			turns++
		}
	}
	if turns == 0 {
		t.Errorf("a transcript's capitals labels lost their turns: %v", got)
	}
}
