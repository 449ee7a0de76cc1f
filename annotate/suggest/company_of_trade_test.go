package suggest

import (
	"fmt"
	"testing"
)

// TestCompanyOfTrade: "the haulage company" is the body whose own name
// carries "haulage", named even inside a statement, rather than a nearer
// company of another trade. Near misses: a bare "the company", a trade no
// earlier name carries, and a nearer company whose name does carry it.
func TestCompanyOfTrade(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"the trade names the company inside a statement",
			"Brayfield Buses, which runs the school route, said pupils would be picked up earlier.\n\nCouncillor Ana Brill said the track belonged to Tolland Haulage and was too narrow. The haulage company said it was “willing to help”.",
			[]string{"Brayfield Buses", "Ana Brill", "Tolland Haulage"}},
		{"near miss: a bare company stays with the nearer one",
			"Tolland Haulage owns the road. Brayfield Buses, which runs the school route, said it would reroute. The company said it was “willing to help”.",
			[]string{"Brayfield Buses", "Brayfield Buses"}},
		{"near miss: a trade no name carries keeps the nearer company",
			"Tolland Haulage owns the road. Brayfield Buses, which runs the school route, said it would reroute. The ferry company said it was “willing to help”.",
			[]string{"Brayfield Buses", "Brayfield Buses"}},
		{"near miss: the nearer company carries the trade",
			"Tolland Haulage owns the road. Brayfield Buses, which runs the school route, said it would reroute. The bus company said it was “willing to help”.",
			[]string{"Brayfield Buses", "Brayfield Buses"}},
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
