package suggest

import (
	"fmt"
	"testing"
)

// TestApposedCoordinatedSubject: in "DESCRIPTION, NAME, VERBED … and
// said, “…”" the name speaks, also after a short opening adjunct; an
// opening that may hold a clause, a name not followed by a verb, or a
// description with a verb in it finds no speaker this way.
func TestApposedCoordinatedSubject(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // speakers
	}{
		{"a first-person description",
			"Our centre, Mira Holt, sat next to me and said, “We are not done yet.” I nodded.",
			[]string{"Mira Holt"}},
		{"after an adjunct of place",
			"On the bus home our centre, Mira Holt, sat next to me and said, “We are not done yet.” I nodded.",
			[]string{"Mira Holt"}},
		{"a description with the",
			"In the tunnel the goalkeeper, Ivo Brandt, sat next to me and said, “We are not done yet.” I nodded.",
			[]string{"Ivo Brandt"}},
		{"an opening that may hold a clause",
			"After the coach, Ivo Brandt, left the room we sat down and said, “Keep your head.” Then we ran out.",
			nil},
		{"a second person joined by and",
			"Our centre, Mira Holt, and I sat down together and said, “We are not done yet.” I nodded.",
			nil},
		{"a verb in the opening",
			"When we lost our centre, Mira Holt, sat next to me and said, “We are not done yet.” I nodded.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			var sp []string
			for _, s := range got {
				sp = append(sp, s.speaker)
			}
			if fmt.Sprint(sp) != fmt.Sprint(tt.want) {
				t.Errorf("speakers of %q:\n got %q\nwant %q", tt.text, sp, tt.want)
			}
		})
	}
}
