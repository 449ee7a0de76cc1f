package suggest

import (
	"strings"
	"testing"
)

// TestPersonNameMemo holds the remembered answers to personName's: the
// same words, at the same place in the list given, asked once or again.
func TestPersonNameMemo(t *testing.T) {
	tests := []string{
		"Harbour Minister Elsa Varnholm",
		"the spokeswoman",
		"Dr. Ines Kovac-Lindqvist",
		"Local MSP Tamsin Orrell",
		"Ruth Bell KC",
		"the head of the port authority",
		"",
		"Brindlow Rovers",
	}
	var x text
	for round := 0; round < 2; round++ {
		for _, tt := range tests {
			ws := strings.Fields(tt)
			cp := append([]string(nil), ws...)
			want := personName(cp)
			at := cap(cp) - cap(want) // where personName's answer starts
			got := x.personName(ws)
			if strings.Join(got, " ") != strings.Join(want, " ") || cap(ws)-cap(got) != at {
				t.Errorf("round %d, %q: got %q at %d, want %q at %d", round, tt, got, cap(ws)-cap(got), want, at)
			}
		}
	}
	if len(x.names.parts) != len(tests) {
		t.Errorf("%d lists remembered, want %d", len(x.names.parts), len(tests))
	}
}
