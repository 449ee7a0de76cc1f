package ingest

import (
	"strings"
	"testing"
)

func TestHouseGuidePromo(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Need a new one? See our Best Buy toasters, tested in our lab.", true},
		{"Shopping for a drill? Browse our pick of the best cordless drills.", true},
		{"Thinking of switching? Read our guide to choosing an energy tariff", true},
		{"Want a quieter machine? Check out our washing machine reviews.", true},
		// near-misses: the test's own findings, a reported question, no question
		{"Why did it fail? See our findings below.", false},
		{"What went wrong? See our results, the maker said, before judging.", false},
		{"See our Best Buy toasters, tested in our lab.", false},
		{"Was it safe? Read our verdict on the lid catch.", false},
	}
	for _, tt := range tests {
		if got := houseGuidePromo(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
			t.Errorf("houseGuidePromo(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
