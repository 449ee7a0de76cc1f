package suggest

import (
	"fmt"
	"testing"
)

// TestMatchTimeAdjunct: a match's time ("at half-time", "before
// kick-off") between a cue's hearer and an inner quotation is an adjunct,
// so the inner quotation is nested with its own speaker; a place after
// "at" is no such time.
func TestMatchTimeAdjunct(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"at half-time",
			"“The coach told us at half-time, ‘Keep the ball and trust each other,’ and we did,” Mira Holt said.",
			[]suggestion{
				{"“The coach told us at half-time, ‘Keep the ball and trust each other,’ and we did,”", "Mira Holt", "Mira Holt", "said", "D2", "direct"},
				{"‘Keep the ball and trust each other,’", "The coach", "coach", "told", "D3", "direct"},
			}},
		{"before kick-off",
			"“The coach told me before kick-off, ‘You start, so enjoy every minute of it,’ and I did,” Mira Holt said.",
			[]suggestion{
				{"“The coach told me before kick-off, ‘You start, so enjoy every minute of it,’ and I did,”", "Mira Holt", "Mira Holt", "said", "D2", "direct"},
				{"‘You start, so enjoy every minute of it,’", "The coach", "coach", "told", "D3", "direct"},
			}},
		{"near-miss: a place after at stays in the content",
			"The captain said at Harbour Park the side would attack.",
			[]suggestion{{"at Harbour Park the side would attack", "The captain", "captain", "said", "I1", "indirect"}}},
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
