package suggest

import (
	"strings"
	"testing"
)

// TestQuotedAsSaying: a quotation followed by "the minister was quoted as
// saying" (or "is", "were", "has been") is the quoted person's statement
// with the whole passive frame as its cue; "was quoted" with no "as
// saying", "quoted as a source" and a quoted title are left alone.
func TestQuotedAsSaying(t *testing.T) {
	tests := []struct {
		name, text, statement, speaker, cue string
	}{
		{"guillemets, a role",
			"«We will not raise the price of bread this year,» the trade minister was quoted as saying.",
			"«We will not raise the price of bread this year,»", "trade minister", "was quoted as saying"},
		{"curly quotes, a name",
			"“The mine will reopen in the spring,” Ilse Varga was quoted as saying by the state broadcaster.",
			"“The mine will reopen in the spring,”", "Ilse Varga", "was quoted as saying"},
		{"has been, an apposition",
			"“Nobody will lose a pension,” the head of the fund, Pavel Orlik, has been quoted as saying.",
			"“Nobody will lose a pension,”", "Pavel Orlik", "has been quoted as saying"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ok := suggestionOf(t, tt.text, tt.statement)
			if !ok {
				return
			}
			if g.canonical != tt.speaker || g.cue != tt.cue {
				t.Errorf("%q: speaker %q (%s) cue %q, want %s, %q", tt.statement, g.speaker, g.canonical, g.cue, tt.speaker, tt.cue)
			}
		})
	}
	nearMisses := []struct{ name, text string }{
		{"quoted, not as saying",
			"«We will not raise the price of bread this year,» the trade minister was quoted in the morning papers."},
		{"quoted as a source",
			"“The mine will reopen in the spring,” the report was quoted as a source by the ministry."},
		{"a document quoted, no saying",
			"“A Plan for the Valley”, the council's leaflet, was quoted at length in the debate."},
	}
	for _, tt := range nearMisses {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			for _, g := range got {
				if strings.Contains(g.cue, "quoted") {
					t.Errorf("%v: a quoted-as frame read", g)
				}
			}
		})
	}
}
