package suggest

import (
	"fmt"
	"testing"
)

// TestFrontedAside: a short fronted adjunct split off by a "he says" aside
// is no statement; the clause after the aside is.
func TestFrontedAside(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"after that", "After that, she says, it is up to the weather.", []string{"it is up to the weather"}},
		{"in the end", "In the end, he said, the ferry would have to wait.", []string{"the ferry would have to wait"}},
		// near-misses
		{"no clause after the aside: the rule does not fire", "After the flood, she said.", []string{"After the flood"}},
		{"a whole clause before the aside", "The ferry would wait, he said, until the wind dropped.", []string{"The ferry would wait"}},
		{"no aside, the adjunct stays", "In the end the ferry would wait, he said.", []string{"In the end the ferry would wait"}},
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
