package suggest

import (
	"fmt"
	"testing"
)

// TestPartnerOfNarrator: "NAME and I … . She said" is NAME speaking; a
// name not beside "I", in another paragraph, or of the other gender leaves
// the pronoun to the usual resolution.
func TestPartnerOfNarrator(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speakers
	}{
		{"she after NAME and I",
			"Our coach, Ruth Amsel, said nothing. Mira Holt and I sat on the floor for an hour. She said, “Told you so.” I laughed.",
			[]string{"Mira Holt"}},
		{"he after NAME and I",
			"The manager, Tom Reyes, left early. Ivo Brandt and I walked to the car park. He said, “We were lucky.” I agreed.",
			[]string{"Ivo Brandt"}},
		{"a reported statement",
			"Our coach, Ruth Amsel, said nothing. Mira Holt and I sat on the floor for an hour. She said the season was not over.",
			[]string{"Mira Holt"}},
		{"NAME and a third person, not I",
			"Our coach, Ruth Amsel, said nothing. Mira Holt and Jo sat on the floor for an hour. She said, “Told you so.” I laughed.",
			[]string{"Ruth Amsel"}},
		{"the other gender",
			"Our coach, Ruth Amsel, said nothing. Ivo Brandt and I sat on the floor for an hour. She said, “Told you so.” I laughed.",
			[]string{"Ruth Amsel"}},
		{"in another paragraph",
			"Our coach, Ruth Amsel, said nothing. Mira Holt and I sat on the floor for an hour.\n\nShe said, “Told you so.” I laughed.",
			[]string{"Ruth Amsel"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			var sp []string
			for _, s := range got {
				sp = append(sp, s.canonical)
			}
			if fmt.Sprint(sp) != fmt.Sprint(tt.want) {
				t.Errorf("speakers of %q:\n got %q\nwant %q", tt.text, sp, tt.want)
			}
		})
	}
}
