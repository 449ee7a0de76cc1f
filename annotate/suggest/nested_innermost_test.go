package suggest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// nestedPairs maps each nested statement's text to the text of the
// statement it is nested in.
func nestedPairs(text string) (map[string]string, []suggestion) {
	got, res := readSuggestions(text)
	runes := []rune(text)
	ids := map[string]string{}
	for _, s := range res.Spans {
		ids[s.ID] = string(runes[s.Start:s.End])
	}
	pairs := map[string]string{}
	for _, r := range res.Relations {
		if r.Label == annotate.RelNestedIn {
			pairs[ids[r.Head]] = ids[r.Child]
		}
	}
	return pairs, got
}

// TestNestedInnermost: a quotation with its own frame inside a quotation
// that a relay frame wraps ("…,» X said, the agency reported") is a
// statement nested in the quotation holding it; an inner title with no
// frame stays none, and a report with no quotation between keeps what it
// reports nested in itself, as an inner quotation with no relay keeps it
// in the quotation.
func TestNestedInnermost(t *testing.T) {
	tests := []struct {
		name, text, inner, outer string
	}{
		{"guillemets, low-nine inner, the agency reported",
			"«The president told me, „No village will be left without water“, and we hold to that,» the governor said, the agency reported.",
			"„No village will be left without water“", "«The president told me, „No village will be left without water“, and we hold to that,»"},
		{"curly quotes, single inner, state television reported",
			"“The king said to us, ‘The bridge will be rebuilt by winter’, and we believed him,” Ola Brandt said, state television reported.",
			"‘The bridge will be rebuilt by winter’", "“The king said to us, ‘The bridge will be rebuilt by winter’, and we believed him,”"},
		{"the newspaper reported",
			"«My father told me, „Never sell the orchard to a bank“, and I never will,» Ana Sorel told reporters, the newspaper reported.",
			"„Never sell the orchard to a bank“", "«My father told me, „Never sell the orchard to a bank“, and I never will,»"},
		// near-misses: the nesting they had stays
		{"no relay frame",
			"«The president told me, „No village will be left without water“, and we hold to that,» the governor said.",
			"„No village will be left without water“", "«The president told me, „No village will be left without water“, and we hold to that,»"},
		{"a report with no quotation between",
			"Putin on Dec. 7 told Biden that Russian troops did not pose a threat to anyone, Peskov said.",
			"Russian troops did not pose a threat to anyone", "Putin on Dec. 7 told Biden that Russian troops did not pose a threat to anyone"},
		{"an inner title has no frame",
			"«We all read „The Long Road Home“ at school, and we still quote it,» the governor said, the agency reported.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs, got := nestedPairs(tt.text)
			if tt.inner == "" {
				for in := range pairs {
					if strings.Contains(in, "Long Road") {
						t.Errorf("%q nested as a statement; got %v", in, got)
					}
				}
				return
			}
			if pairs[tt.inner] != tt.outer {
				t.Errorf("%q nested in %q, want %q; got %v", tt.inner, pairs[tt.inner], tt.outer, got)
			}
		})
	}
}
