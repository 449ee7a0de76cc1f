package suggest

import (
	"fmt"
	"testing"
)

// TestRepeatAdjuncts: an adjunct of repetition between a cue with its
// hearer and a quotation ("have told us, again and again, ‘…’") keeps the
// quotation the cue's; other words there ("again and again and loudly")
// still break the frame.
func TestRepeatAdjuncts(t *testing.T) {
	outer := "“Riders have told us, again and again, ‘Just tell us when the boats will run.’ This is us doing that,”"
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"again and again inside a quotation",
			"The ferry timetable changes today. " + outer + " Ann Vole said.",
			[]suggestion{
				{outer, "Ann Vole", "Ann Vole", "said", "D2", "direct"},
				{"‘Just tell us when the boats will run.’", "Riders", "Riders", "have told", "D3", "direct"},
			}},
		{"more than repetition",
			"The ferry timetable changes today. “Riders have told us, again and again and loudly, ‘Just tell us when the boats will run.’ This is us doing that,” Ann Vole said.",
			[]suggestion{
				{"“Riders have told us, again and again and loudly, ‘Just tell us when the boats will run.’ This is us doing that,”", "Ann Vole", "Ann Vole", "said", "D2", "direct"},
			}},
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
