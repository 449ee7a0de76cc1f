package suggest

import (
	"fmt"
	"testing"
)

// TestSemicolonRequest: a content ends at a semicolon that opens a request
// with "please"; a stated clause after a semicolon, and "please" inside a
// quotation, stay in the content.
func TestSemicolonRequest(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a request after a semicolon",
			"The club secretary, Anna Roe, says more stewards are needed for the summer fete; please leave your name at the bar.",
			[]suggestion{{"more stewards are needed for the summer fete", "Anna Roe", "Anna Roe", "says", "I1", "indirect"}}},
		{"near-miss: a stated clause after a semicolon",
			"The club secretary, Anna Roe, says more stewards are needed for the summer fete; the raffle already has enough helpers.",
			[]suggestion{{"more stewards are needed for the summer fete; the raffle already has enough helpers", "Anna Roe", "Anna Roe", "says", "I1", "indirect"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}
