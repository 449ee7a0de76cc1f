package suggest

import (
	"fmt"
	"testing"
)

// TestDropSpeakerOverCue: "X said the figures showed that …" is one
// statement of X; no second one is read with "X said the figures" as the
// subject of "showed". A speaker of its own ("the figures showed, Ada Obi
// said, that …") is left alone.
func TestDropSpeakerOverCue(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"said the figures showed that",
			"The Farmers Union said the data showed that prices for beef cattle were at their lowest in a decade.",
			[]string{"the data showed that prices for beef cattle were at their lowest in a decade"}},
		{"said the figures showed that, with a quotation",
			"The Farmers Union said the figures showed that prices for beef cattle were “the lowest in a decade”.",
			[]string{"the figures showed that prices for beef cattle were “the lowest in a decade”"}},
		{"near miss: two frames, each with its own speaker",
			"Ada Obi said the clinics were short of staff. The nurses’ union said the rota had collapsed.",
			[]string{"the clinics were short of staff", "the rota had collapsed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
