package suggest

import (
	"fmt"
	"testing"
)

// TestCalledBody: a speaking "it" after "The … is called Name." in its
// paragraph is that body; a body named between, or a name given in
// another paragraph, keeps the old reading.
func TestCalledBody(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"is called, then it",
			"Water came into 40 homes on Marten Lane in June. Marten Lane is near the river.\n\nThe bus company is called Harnet Valley Buses. It runs the buses in the town. It said the road had been closed for two days.",
			[]string{"Harnet Valley Buses"}},
		{"near miss: another body named between",
			"The bus company is called Harnet Valley Buses. It works with Tillmouth Council. It said the road had been closed for two days.",
			[]string{"Tillmouth Council"}},
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
