package suggest

import (
	"fmt"
	"testing"
)

// TestTopicAbout: "complained about …" names a topic, no clause; "about"
// before a number or a quantity rounds a reported clause's subject.
func TestTopicAbout(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a topic inside a reported clause",
			"Ida Brook said tenants had complained about mould in the stairwell for months.",
			[]suggestion{{"tenants had complained about mould in the stairwell for months", "Ida Brook", "Ida Brook", "said", "I1", "indirect"}}},
		{"near-miss: about before a number",
			"Ida Brook said about 400 tenants had signed the letter.",
			[]suggestion{{"about 400 tenants had signed the letter", "Ida Brook", "Ida Brook", "said", "I1", "indirect"}}},
		{"near-miss: about before a quantity",
			"Ida Brook said about a third of the tenants had signed the letter.",
			[]suggestion{{"about a third of the tenants had signed the letter", "Ida Brook", "Ida Brook", "said", "I1", "indirect"}}},
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
