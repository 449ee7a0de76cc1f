package suggest

import (
	"fmt"
	"testing"
)

// TestAnonymousSources: a source described by what it knows keeps the
// words after its link ("briefed on the talks"), a later "the people" or
// "the person" is that source, and a role linked to a body by the body's
// short name keeps its words unless the text used the fuller phrase.
// Near misses: a person described without a source link, "the people"
// after a source of another noun, and a fuller phrase the text did use.
func TestAnonymousSources(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"the people after people familiar with",
			"The council is in talks to sell the depot, people familiar with the matter said.\n\nThe buyer has offered £2 million, the people said.",
			[]string{"people familiar with the matter", "people familiar with the matter"}},
		{"briefed on keeps what follows",
			"A person briefed on the talks said the board had rejected an offer. The person said the pension was a problem.",
			[]string{"person briefed on the talks", "person briefed on the talks"}},
		{"briefed on, with an auxiliary before the cue",
			"An official briefed on the plan has said the ferry would be sold.",
			[]string{"official briefed on the plan"}},
		{"role linked by a short name keeps its words",
			"Tarnwell Shipping Group is for sale.\n\nA top-10 shareholder in Tarnwell said it would not sell.",
			[]string{"top-10 shareholder in Tarnwell"}},
		{"near miss: a time adjunct is still skipped",
			"Mira Totten on Tuesday said the ferry would be sold.",
			[]string{"Mira Totten"}},
		{"near miss: a person without a source link",
			"A person at the club said the board had rejected an offer. The person said the pension was a problem.",
			[]string{"person at the club", "person at the club"}},
		{"near miss: the people after officials",
			"The council met on Tuesday, officials said. The people said the depot would close.",
			[]string{"officials", "people"}},
		{"near miss: the fuller phrase was used",
			"Analysts at Corvane Securities wrote that the shares were cheap. Analysts at Corvane said the price was low.",
			[]string{"Analysts at Corvane Securities", "Analysts at Corvane Securities"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			speakers := canonicalSpeakers(tt.text)
			if fmt.Sprint(speakers) != fmt.Sprint(tt.want) {
				t.Errorf("speakers in %q:\n got %q\nwant %q", tt.text, speakers, tt.want)
			}
		})
	}
}
