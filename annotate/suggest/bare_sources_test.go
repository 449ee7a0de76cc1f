package suggest

import (
	"fmt"
	"testing"
)

// TestBareSources: "the source" or "the insider" after a source introduced
// by its noun alone ("a source has told this site") is that source, not the
// person it talks about; a source described by more words, a plural one, or
// none at all leaves the description to the other rules.
func TestBareSources(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"insider after a source",
			"Mara Quell left the band after a row with drummer Ivo Brandt, a source has told this site.\n\nShe did not come back to the studio for a week, the insider claimed.",
			[]string{"source", "source"}},
		{"source after a source",
			"Mara Quell left the band after a row with drummer Ivo Brandt, a source has told this site.\n\n“Ivo was handed every solo and she finally snapped,” the source said.",
			[]string{"source", "source"}},
		{"source after the insider after an insider",
			"Lena Ortz was dropped from the tour, an insider revealed.\n\nThe decision was made in March, the insider said.\n\n“Everyone in the crew knew it was coming,” the source said.",
			[]string{"insider", "insider", "insider"}},
		// near misses
		{"source with a link word",
			"Her split from boyfriend Dale Finch has been talked about. A source at the label said: “She has had a hard year.”\n\nThe insider claimed the pair were “still talking” and that Finch had sent flowers.",
			[]string{"source at the label", "Dale Finch", "Dale Finch"}},
		{"plural sources before",
			"Coach Dan Pike will leave the club in the summer, sources said.\n\n“He has lost the dressing room,” the source said.",
			[]string{"sources", "Dan Pike"}},
		{"no source before",
			"Coach Dan Pike will leave the club in the summer, the chairman said.\n\n“He has lost the dressing room,” the source said.",
			nil},
	}
	for _, tt := range tests {
		got := canonicalSpeakers(tt.text)
		if tt.want == nil {
			for _, g := range got {
				if g == "source" {
					t.Errorf("%s: speakers %q, want no bare source", tt.name, got)
				}
			}
			continue
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: speakers %q, want %q", tt.name, got, tt.want)
		}
	}
}
