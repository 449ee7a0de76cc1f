package suggest

import (
	"fmt"
	"testing"

	"newsmark/annotate"
)

// TestPartyTagAfterName: a party-and-state tag between commas after a
// name, "Sen. Ida Marsh, D-Vt., said", is skipped like an apposition and
// never read as the speaker.
func TestPartyTagAfterName(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"tag with a dot, then said",
			"The grant lapsed. Sen. Ida Marsh, D-Vt., said the grant had helped forty clinics.",
			[]suggestion{{"the grant had helped forty clinics", "Sen. Ida Marsh", "Ida Marsh", "said", "I1", "indirect"}}},
		{"tag without a dot, then a relative clause",
			"The grant lapsed. Rep. Nora Crane, R-Ohio, who wrote the grant, said it had helped forty clinics.",
			[]suggestion{{"it had helped forty clinics", "Rep. Nora Crane", "Nora Crane", "said", "I1", "indirect"}}},
		{"dotted state, then an apposition",
			"The grant lapsed. Sen. Ida Marsh, I-N.Y., the panel's chair, said the grant had helped forty clinics.",
			[]suggestion{{"the grant had helped forty clinics", "Sen. Ida Marsh", "Ida Marsh", "said", "I1", "indirect"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestPartyTagBefore(t *testing.T) {
	tests := []struct {
		text string
		at   int    // token the tag ends at
		want string // the word skipped to, or the token at as it came
	}{
		{"Ida Marsh, D-Vt. said", 4, "Marsh"},           // the tag's dot
		{"Ida Marsh, R-Ohio said", 3, "Marsh"},          // the tag itself
		{"Ida Marsh, D-N.M. said", 4, "Marsh"},          // dotted capitals
		{"Ida Marsh, D-Day said", 3, "D-Day"},           // no state
		{"Ida Marsh, X-Ohio said", 3, "X-Ohio"},         // no party letter
		{"Ida Marsh, R-OHIO said", 3, "R-OHIO"},         // capitals are no short name
		{"the depot, R-Ohio said", 3, "R-Ohio"},         // no name before the comma
		{"Ida Marsh R-Ohio said", 2, "R-Ohio"},          // no comma before the tag
		{"Ida Marsh, R-Massachu said", 3, "R-Massachu"}, // too long for a short name
	}
	for _, tt := range tests {
		x := load(&annotate.Document{Text: tt.text}, DefaultOptions())
		got := x.toks[x.partyTagBefore(tt.at, 0)].text
		if got != tt.want {
			t.Errorf("partyTagBefore(%q, %d) = %q, want %q", tt.text, tt.at, got, tt.want)
		}
	}
}
