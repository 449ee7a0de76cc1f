package suggest

import (
	"fmt"
	"testing"
)

// TestAdjunctThenThat: "who told him, by phone, that …" reads forward, not
// as a postposed frame of the clause before; a postposed frame with no
// "that" after it still closes the clause before.
func TestAdjunctThenThat(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"an adjunct between commas before that",
			"He spent an hour with the site manager, Ana Ruiz, who told him, by phone, that the old crane was older than she was.",
			[]suggestion{{"the old crane was older than she was", "Ana Ruiz", "Ana Ruiz", "told", "I1", "indirect"}}},
		{"a pool's adjunct before that",
			"He walked the quay with the harbour master, Ana Ruiz, who told him, per pool, that the north wall would not last the winter.",
			[]suggestion{{"the north wall would not last the winter", "Ana Ruiz", "Ana Ruiz", "told", "I1", "indirect"}}},
		{"near-miss: a postposed frame with an adjunct and no that",
			"The north wall would not last the winter, Ana Ruiz told him, by phone.",
			[]suggestion{{"The north wall would not last the winter", "Ana Ruiz", "Ana Ruiz", "told", "I2", "indirect"}}},
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
