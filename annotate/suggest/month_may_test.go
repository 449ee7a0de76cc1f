package suggest

import (
	"fmt"
	"testing"

	"newsmark/annotate"
)

// TestMonthMayBeforeCue: the month May between a speaker and a cue does
// not block the cue as the modal "may" would.
func TestMonthMayBeforeCue(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"after a day number", "Engineers on 9 May said the bridge would reopen.", []string{"the bridge would reopen"}},
		{"after in", "Engineers in May said the bridge would reopen.", []string{"the bridge would reopen"}},
		{"a tell cue after the date", "The trust on 14 May told parents the school would shut.", []string{"the school would shut"}},
		// near-misses: the modal still blocks its cue
		{"the modal in lower case", "Engineers may say the bridge would reopen.", nil},
		{"the modal capitalised, no date", "Engineers May Say Bridge Would Reopen.", nil},
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

func TestMonthMay(t *testing.T) {
	tests := []struct {
		text string
		at   int
		want bool
	}{
		{"on 3 May said", 2, true},
		{"on 21st May said", 2, true},
		{"in May said", 1, true},
		{"May 2024 was", 0, true},
		{"they May say", 1, false},
		{"they may say", 1, false},
		{"on 300 May said", 2, false},
	}
	for _, tt := range tests {
		x := load(&annotate.Document{Text: tt.text}, DefaultOptions())
		if got := x.monthMay(tt.at); got != tt.want {
			t.Errorf("monthMay(%q, %d) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}
