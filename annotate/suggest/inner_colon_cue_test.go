package suggest

import "testing"

// TestInnerColonCueAcrossTime: a quotation handed over by a colon inside
// another quotation takes the cue before the colon across a hearer and a
// time ("said to me this morning:", "told us last night:", "wrote on
// Sunday:"); a cue with a clause of its own before the colon is no cue of
// the inner quotation.
func TestInnerColonCueAcrossTime(t *testing.T) {
	tests := []struct {
		name, text, inner, cue string
	}{
		{"a hearer and a deictic time",
			"The ferryman, Olav Strand, shrugged. “My daughter said to me this morning: ‘Then we row across.’ She meant it,” he said.",
			"‘Then we row across.’", "said"},
		{"a pronoun hearer and a time, reversed guillemets",
			"The baker, Mette Kjær, laughed. »The mayor told us last night: ›The bridge will hold.‹ Nobody believed him«, she said.",
			"›The bridge will hold.‹", "told"},
		{"a time with a preposition",
			"The coach, Ina Berg, smiled. “The captain wrote on Sunday: ‘We train at six, rain or not.’ They all came,” she said.",
			"‘We train at six, rain or not.’", "wrote"},
		{"near miss: a clause between the cue and the colon",
			"The warden, Ola Dahl, sighed. “My neighbour said the road was gone this morning: ‘Water everywhere, even in the barn.’ I went to see,” he said.",
			"‘Water everywhere, even in the barn.’", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			for _, g := range got {
				if g.statement == tt.inner {
					if g.cue != tt.cue {
						t.Errorf("%q: cue %q, want %q", tt.inner, g.cue, tt.cue)
					}
					return
				}
			}
			if tt.cue != "" {
				t.Errorf("no statement %q in %v", tt.inner, got)
			}
		})
	}
}
