package suggest

import (
	"fmt"
	"testing"
)

// TestHearerlessTold: "Tenants told they must leave" is a headline's
// passive (the tenants were told); "told" with a hearer still reports.
func TestHearerlessTold(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a headline-style passive",
			"Tenants told they must leave the block by Friday",
			nil},
		{"a passive in a sentence",
			"Tenants told she would inspect the block by Friday.",
			nil},
		{"near-miss: a hearer after told",
			"Tenants told reporters they must leave the block by Friday.",
			[]suggestion{{"they must leave the block by Friday", "Tenants", "Tenants", "told", "I1", "indirect"}}},
		{"near-miss: a pronoun hearer after told",
			"The warden told them they must leave the block by Friday.",
			[]suggestion{{"they must leave the block by Friday", "The warden", "warden", "told", "I1", "indirect"}}},
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
