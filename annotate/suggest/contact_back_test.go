package suggest

import (
	"fmt"
	"testing"
)

// TestContactBack: a reply sent "back" ("wrote back", "rang back",
// "emailed back on Monday") reports what its "to say" clause says, as
// "wrote to say" does; "back" that is no particle of the verb, or a verb
// that sends no message, reports nothing.
func TestContactBack(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"wrote back, a time, to say",
			"Tom Marsh wrote back last week to say the company would listen.",
			[]string{"the company would listen"}},
		{"rang back to say",
			"Greta Vollan rang back to say the parcel had been found.",
			[]string{"the parcel had been found"}},
		{"emailed back on Monday to say",
			"The spokesman emailed back on Monday to say the line would reopen in March.",
			[]string{"the line would reopen in March"}},
		{"back home, no reply",
			"Tom Marsh wrote from back home to say the company would listen.",
			[]string{}},
		{"a verb that sends no message",
			"Tom Marsh went back to say goodbye to the staff.",
			[]string{}},
		{"back as a noun after the verb",
			"Tom Marsh wrote back pages for the paper to say thanks.",
			[]string{}},
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
