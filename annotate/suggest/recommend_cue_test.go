package suggest

import (
	"fmt"
	"testing"
)

// TestRecommendThatCue: "recommended that" with a clause is a statement;
// "recommended" with an object only is not.
func TestRecommendThatCue(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a subjunctive that-clause",
			"The review recommended that the council make sure all drivers are trained.",
			[]string{"the council make sure all drivers are trained"}},
		{"near miss: an object, no clause",
			"The review recommended a new training scheme for drivers.",
			nil},
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
