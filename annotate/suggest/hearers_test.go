package suggest

import (
	"fmt"
	"testing"
)

// TestIndefiniteHearers: an indefinite pronoun after "told" is the hearer,
// so a wh-clause after it is no statement while a reported clause is.
func TestIndefiniteHearers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"told nobody how", "For a year the farmer told nobody how little was left in the bank.", nil},
		{"told no one why", "The keeper told no one why the gate had been locked.", nil},
		{"told everyone that", "The keeper told everyone that the gate would stay locked.", []string{"the gate would stay locked"}},
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
