package suggest

import (
	"fmt"
	"testing"
)

// TestInsiderSources: "the insider" (or "the source") after a source
// described with either noun and a source link is that source, though a
// person is named in between; a source without a link, or none at all,
// leaves the description to the other rules.
func TestInsiderSources(t *testing.T) {
	const later = "\n\nThe insider claimed the pair were “still talking” and that Finch had sent flowers."
	tests := []struct {
		text string
		want []string
	}{
		{"Her split from boyfriend Dale Finch has been talked about. A source close to the singer said: “She has had a hard year.”" + later,
			[]string{"source close to the singer", "source close to the singer"}},
		// near misses
		{"Her split from boyfriend Dale Finch has been talked about. A source at the label said: “She has had a hard year.”" + later,
			[]string{"Dale Finch", "Dale Finch"}},
		{"Her split from boyfriend Dale Finch has been talked about. Dale Finch said: “She has had a hard year.”" + later,
			[]string{"Dale Finch", "Dale Finch"}},
	}
	for _, tt := range tests {
		got := canonicalSpeakers(tt.text)
		if len(got) >= 2 {
			got = got[len(got)-2:] // the insider's two statements
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}
