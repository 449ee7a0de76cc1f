package ingest

import (
	"strings"
	"testing"
)

func TestTestingPolicyNote(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Kitchenlab buys every product it tests. We never accept free samples from manufacturers.", true},
		{"We pay for everything we review.", true},
		{"Gear Verdict buys all the appliances it tests. We do not accept gifts from brands.", true},
		{"We never accept free samples.", true},
		// near-misses: reported, a sentence beyond the policy, the maker's words
		{"Vantro said it buys every part it tests from suppliers in Europe.", false},
		{"We never accept free samples, but this one arrived unasked in March.", false},
		{"Kitchenlab buys every product it tests. This kettle cost £45 at a supermarket in Leeds.", false},
		{"The company does not accept returns of opened kettles.", false},
	}
	for _, tt := range tests {
		if got := testingPolicyNote(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
			t.Errorf("testingPolicyNote(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
