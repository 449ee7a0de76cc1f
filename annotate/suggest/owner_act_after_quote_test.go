package suggest

import (
	"fmt"
	"testing"
)

// TestOwnerActAfterQuote: "and" and a past verb after a closing quotation
// end the content when the owner that follows cannot be the content
// subject's ("the warning was “…” and cut their forecast"); an owner that
// agrees with the subject, or a modal, keeps the content whole.
func TestOwnerActAfterQuote(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"their after a singular subject",
			"Shares fell. Analysts at Pell Brothers wrote that the update was “a sign of real strain” and cut their forecast to 40p.",
			[]suggestion{{"the update was “a sign of real strain”", "Analysts at Pell Brothers", "Analysts at Pell Brothers", "wrote", "I1", "mixed"}}},
		{"its after a plural subject",
			"Shares fell. Pell Brothers said the figures were “worse than feared” and lowered its rating on the stock.",
			[]suggestion{{"the figures were “worse than feared”", "Pell Brothers", "Pell Brothers", "said", "I1", "mixed"}}},
		{"near miss: the owner agrees with the subject",
			"Shares fell. Analysts said the board had “lost its nerve” and cut its dividend.",
			[]suggestion{{"the board had “lost its nerve” and cut its dividend", "Analysts", "Analysts", "said", "I1", "mixed"}}},
		{"near miss: a modal tells no number",
			"Shares fell. Analysts said the plan was “a real strain” and would hurt their margins.",
			[]suggestion{{"the plan was “a real strain” and would hurt their margins", "Analysts", "Analysts", "said", "I1", "mixed"}}},
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

func TestPastVerb(t *testing.T) {
	for w, want := range map[string]bool{"lowered": true, "cut": true, "kept": true, "red": false, "need": false, "cuts": false, "raise": false} {
		if pastVerb(w) != want {
			t.Errorf("pastVerb(%q) = %v, want %v", w, !want, want)
		}
	}
}
