package suggest

import (
	"fmt"
	"testing"
)

// TestTheNamed: a name written after "the" ("the Brent", "the River
// Brent") is no antecedent of "he" or "she"; a person's name, with or
// without a title after "the", still is.
func TestTheNamed(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"a river after the",
			"Professor Idris Calloway, a hydrologist who has mapped the River Brent for years, said the banks were failing. “The floods will come back,” he said.",
			[]string{"Idris Calloway", "Idris Calloway"}},
		{"a short river name after the",
			"Professor Idris Calloway, who has fished the Brent since boyhood, said the banks were failing. “The floods will come back,” he said.",
			[]string{"Idris Calloway", "Idris Calloway"}},
		{"a river named in full earlier, short later",
			"A swimming club wants the stretch of the River Tamsin below the mill made a bathing site.\n\nBut Dr Idris Calloway, a hydrologist who has studied the Tamsin for a decade, said run-off was the larger problem. “It is a start,” he said.",
			[]string{"Idris Calloway", "Idris Calloway"}},
		{"near miss: a person named without the",
			"Professor Idris Calloway, who has worked with Tobias Brent for years, said the banks were failing. Brent agreed. “The floods will come back,” he said.",
			[]string{"Idris Calloway", "Tobias Brent"}},
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
