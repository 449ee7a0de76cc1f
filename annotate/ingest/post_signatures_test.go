package ingest

import "testing"

// Writers' names alone under live posts, in names no fixture uses, and
// lines with those names that must stay.

func TestPostSignatures(t *testing.T) {
	for _, tc := range []struct {
		line, byline string
		taken        bool
	}{
		{"Ines Marlow", "Ines Marlow, Piet Velde and Orla Finch", true},
		{"Piet Velde", "Ines Marlow; Piet Velde; Orla Finch", true},
		{"Orla Finch", "By Orla Finch & Ines Marlow", true},
		{"Mara Velde", "Ines Marlow, Piet Velde and Orla Finch", false}, // not a writer
		{"Piet Velde said the ferry would run", "Piet Velde", false},    // a sentence
		{"Orla", "Orla", false}, // one word
	} {
		kinds := []junk{keep}
		removed := make([][]string, 1)
		removePostSignatures([]unit{{text: tc.line}}, kinds, removed, tc.byline)
		if (kinds[0] != keep) != tc.taken {
			t.Errorf("removePostSignatures(%q, byline %q): taken %v, want %v", tc.line, tc.byline, kinds[0] != keep, tc.taken)
		}
	}
}
