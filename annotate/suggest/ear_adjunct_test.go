package suggest

import (
	"fmt"
	"testing"
)

// TestEarAdjunct: "kept saying in my ear, ‘…’" inside a quotation frames
// the inner quotation; "in my car" is no such adjunct.
func TestEarAdjunct(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"in my ear between cue and inner quotation",
			"“My coach kept saying in my ear, ‘Only five more laps, only five more,’ and I believed him,” Lindqvist said.",
			[]string{"“My coach kept saying in my ear, ‘Only five more laps, only five more,’ and I believed him,”", "‘Only five more laps, only five more,’"}},
		{"near miss: in my car",
			"“My coach kept saying in my car, ‘Only five more laps, only five more,’ and I believed him,” Lindqvist said.",
			[]string{"“My coach kept saying in my car, ‘Only five more laps, only five more,’ and I believed him,”"}},
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
