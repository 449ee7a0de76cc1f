package ingest

import "testing"

// Bracketed wire version tags on invented headlines, and headlines that
// keep their brackets.

func TestRemoveWireBracketTag(t *testing.T) {
	tests := []struct {
		name     string
		headline string
		want     string // the headline after the pass
		tag      string // the text kept as removed
	}{
		{"lead", "(LEAD) Port strike halts container traffic", "Port strike halts container traffic", "(LEAD)"},
		{"second lead with a note", "(2nd LD, adds minister's comments) Port strike spreads to Busan", "Port strike spreads to Busan", "(2nd LD, adds minister's comments)"},
		{"urgent", "(URGENT) Magnitude 5.1 quake hits east coast", "Magnitude 5.1 quake hits east coast", "(URGENT)"},
		// near-misses
		{"aside", "(Not) the end of the line for the night bus", "(Not) the end of the line for the night bus", ""},
		{"agency credit", "(AP) Port strike halts traffic", "(AP) Port strike halts traffic", ""},
		{"lower-case after", "(LEAD) and then some", "(LEAD) and then some", ""},
	}
	for _, tt := range tests {
		units := []unit{{text: "NEWS AGENCY | ENGLISH SERVICE"}, {text: tt.headline}, {text: "SEOUL, May 2 (Agency) -- The strike began on Monday."}}
		kinds := []junk{junkChrome, keep, keep}
		removed := make([][]string, len(units))
		removeWireVersionTag(units, kinds, removed)
		if units[1].text != tt.want {
			t.Errorf("%s: headline %q, want %q", tt.name, units[1].text, tt.want)
		}
		got := ""
		if len(removed[1]) > 0 {
			got = removed[1][0]
		}
		if got != tt.tag {
			t.Errorf("%s: removed %q, want %q", tt.name, got, tt.tag)
		}
	}
}
