package ingest

import "testing"

// Bulleted summary boxes in invented text, and lines that must stay.

func TestRemoveBulletedSummaryBoxes(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []bool // removed after the pass
	}{
		{"key points with a toggle", []string{"Key points", "• Bridge closed until Monday", "• Diversion adds 40 minutes, says council", "Show key points only", "09:12"}, []bool{true, true, true, true, false}},
		{"summary with dashes", []string{"Summary:", "- Turnout was 41%", "- Recount ordered in two wards", "- Result due at noon", "The count began at 10pm."}, []bool{true, true, true, true, false}},
		{"at a glance before a heading", []string{"At a glance", "* Fares rise 6% in April", "* Railcards frozen", "Why fares are rising"}, []bool{true, true, true, false}},
		// near-misses
		{"heading over prose", []string{"Key points", "The bridge will stay shut until Monday.", "• It carries 9,000 cars a day"}, []bool{false, false, false}},
		{"one bullet only", []string{"Key points", "• Bridge closed until Monday", "The council said more later."}, []bool{false, false, false}},
		{"bullets under another heading", []string{"What residents say", "• Traffic is worse", "• Buses are late", "Show key points only"}, []bool{false, false, false, false}},
		{"a quoted item", []string{"Key points", "• “We will reopen it,” says mayor", "• Diversion in place"}, []bool{false, false, false}},
	}
	for _, tt := range tests {
		units := make([]unit, len(tt.lines))
		removed := make([][]string, len(tt.lines))
		kinds := make([]junk, len(tt.lines))
		wc := make([]int, len(tt.lines))
		for i, l := range tt.lines {
			units[i] = unit{text: l}
			wc[i] = wordCount(l)
		}
		removeBulletedSummaryBoxes(units, kinds, removed, wc)
		for i := range tt.lines {
			if got := kinds[i] != keep; got != tt.want[i] {
				t.Errorf("%s: line %q removed = %v, want %v", tt.name, tt.lines[i], got, tt.want[i])
			}
		}
	}
}
