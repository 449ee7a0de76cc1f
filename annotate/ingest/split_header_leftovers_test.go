package ingest

import "testing"

func TestRemoveSplitHeaderLeftovers(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		kinds []junk // the kinds before the pass
		want  []bool // removed after it
	}{
		{"by over a removed byline", []string{"By", "Jane Roe", "A ferry ran aground."}, []junk{keep, junkByline, keep}, []bool{true, true, false}},
		{"by over names", []string{"By:", "Jane Roe and Tom Ek", "A ferry ran aground."}, []junk{keep, keep, keep}, []bool{true, false, false}},
		{"counts beside share and comments", []string{"1.4k", "Share", "Comments", "212", "A ferry ran aground."}, []junk{keep, junkChrome, junkChrome, keep, keep}, []bool{true, true, true, true, false}},
		{"count with thousands", []string{"Likes", "1,204"}, []junk{junkChrome, keep}, []bool{true, true}},
		// near-misses
		{"by over a sentence", []string{"By", "the time the ferry arrived, the road had closed."}, []junk{keep, keep}, []bool{false, false}},
		{"count between paragraphs", []string{"The vote was close.", "212", "Councillors then adjourned."}, []junk{keep, keep, keep}, []bool{false, false, false}},
		{"count beside a kept word", []string{"Share", "212"}, []junk{keep, keep}, []bool{false, false}},
		{"count beside an advert label", []string{"Advertisement", "212"}, []junk{junkChrome, keep}, []bool{true, false}},
	}
	for _, tt := range tests {
		units := make([]unit, len(tt.lines))
		removed := make([][]string, len(tt.lines))
		kinds := append([]junk(nil), tt.kinds...)
		for i, l := range tt.lines {
			units[i] = unit{text: l}
		}
		removeSplitHeaderLeftovers(units, kinds, removed)
		for i := range tt.lines {
			if got := kinds[i] != keep; got != tt.want[i] {
				t.Errorf("%s: line %q removed = %v, want %v", tt.name, tt.lines[i], got, tt.want[i])
			}
		}
	}
}
