package suggest

import (
	"fmt"
	"testing"
)

// TestProtestCue: "protests that …" reports a clause; protesting an object
// or a place reports nothing.
func TestProtestCue(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"protests that", "Moss protests that he was onside. The referee is unmoved.", []string{"he was onside"}},
		{"protested an object", "Residents protested the new parking charges on Saturday.", nil},
		{"protested at a place", "About forty residents protested outside the town hall on Saturday.", nil},
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
