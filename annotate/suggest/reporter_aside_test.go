package suggest

import (
	"fmt"
	"testing"
)

// TestReporterAside: a pool reporter's or the writer's aside in
// parentheses at a content's end stays out of it; a gloss in parentheses,
// one opened by "the", and an aside before the content's end stay in.
func TestReporterAside(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a pooler's count after an indirect content",
			"One of the stewards, Jo Pike, said the club had filled 400 sacks since Monday (pooler counted about 20 helpers).",
			[]suggestion{{"the club had filled 400 sacks since Monday", "Jo Pike", "Jo Pike", "said", "I1", "indirect"}}},
		{"the pool's aside after a quoted phrase",
			"Hale said “soon, I hope” (pool didn’t catch the rest). The car left.",
			[]suggestion{{"“soon, I hope”", "Hale", "Hale", "said", "I1", "direct"}}},
		{"this reporter's aside",
			"The warden said the gate would stay shut until noon (this reporter saw it open at ten).",
			[]suggestion{{"the gate would stay shut until noon", "The warden", "warden", "said", "I1", "indirect"}}},
		// the closing parenthesis of a gloss at the end is dropped with the
		// full stop today (an older rule); the near-misses only check that
		// the gloss stays
		{"near-miss: a gloss of an amount",
			"The treasurer said the fund had grown to £4m (about $5m).",
			[]suggestion{{"the fund had grown to £4m (about $5m", "The treasurer", "treasurer", "said", "I1", "indirect"}}},
		{"near-miss: a gloss opened by the",
			"The coach said the squad would train at the baths (the pool on Hale Street).",
			[]suggestion{{"the squad would train at the baths (the pool on Hale Street", "The coach", "coach", "said", "I1", "indirect"}}},
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
