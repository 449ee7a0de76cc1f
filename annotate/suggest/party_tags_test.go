package suggest

import (
	"fmt"
	"testing"
)

// TestPartyTags: a US party-and-state tag after a legislator's name
// ("R-Kan.", "D-Md.", "R-Ohio") is an aside: its period ends no clause and
// it never speaks; the name before it does.
func TestPartyTags(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a tag with a period before the cue",
			"Sen. Mara Quill, D-Md., said the levy would lapse in spring.",
			[]suggestion{{"the levy would lapse in spring", "Sen. Mara Quill", "Mara Quill", "said", "I1", "indirect"}}},
		{"a tag, an apposition, then said and a weekday",
			"Sen. Mara Quill, R-Kan., one of three holdouts, said Friday the levy would lapse in spring.",
			[]suggestion{{"the levy would lapse in spring", "Sen. Mara Quill", "Mara Quill", "said", "I1", "indirect"}}},
		{"a tag before a relative clause",
			"Rep. Ivo Brandt, R-Ohio, who chairs the panel, said the levy would lapse in spring.",
			[]suggestion{{"the levy would lapse in spring", "Rep. Ivo Brandt", "Ivo Brandt", "said", "I1", "indirect"}}},
		{"a tag in brackets",
			"Ivo Brandt (D-Vt.) said the levy would lapse in spring.",
			[]suggestion{{"the levy would lapse in spring", "Ivo Brandt", "Ivo Brandt", "said", "I1", "indirect"}}},
		{"near-miss: a hyphenated day ends its sentence",
			"The crews sailed on D-Day. Ivo Brandt said the levy would lapse in spring.",
			[]suggestion{{"the levy would lapse in spring", "Ivo Brandt", "Ivo Brandt", "said", "I1", "indirect"}}},
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

func TestPartyTag(t *testing.T) {
	for s, want := range map[string]bool{"R-Kan": true, "D-N.M": true, "I-Vt": true, "R-Ohio": true,
		"X-Ray": false, "D-day": false, "R-": false, "Rolls-Royce": false} {
		if got := partyTag(s); got != want {
			t.Errorf("partyTag(%q) = %v, want %v", s, got, want)
		}
	}
}
