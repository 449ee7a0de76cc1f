package ingest

import "testing"

// Boxes of advice to the reader, in invented points, and near-misses.
func TestReaderAdviceBoxes(t *testing.T) {
	for _, tc := range []struct {
		name    string
		heading string
		points  []string
		taken   bool
	}{
		{"rights", "Your rights", []string{"If your train is cancelled, you can claim a full refund.", "Keep your ticket and receipts.", "Delays of over an hour may be compensated."}, true},
		{"need to know", "What passengers need to know", []string{"You can travel on the next service at no cost.", "Your ticket is valid for two days."}, true},
		{"what to do", "What to do now:", []string{"Check your insurer's website.", "Call the helpline if you are stuck abroad."}, true},
		{"not to the reader", "Your rights", []string{"The union said staff had a right to strike.", "The operator said the law was clear."}, false},
		{"one point", "Your rights", []string{"You can claim a full refund."}, false},
		{"other heading", "The strike in numbers", []string{"You can claim a refund.", "Your ticket stays valid."}, false},
	} {
		lines := []string{"\n" + tc.heading}
		for i, p := range tc.points {
			if i == 0 {
				p = "\n" + p
			}
			lines = append(lines, p)
		}
		lines = append(lines, "\nThe strike ends on Friday, the union said.")
		got := runLines(lines, removeReaderAdviceBoxes)
		for i := 0; i < len(got)-1; i++ {
			if got[i] != tc.taken {
				t.Errorf("%s: line %d taken %v, want %v", tc.name, i, got[i], tc.taken)
			}
		}
		if got[len(got)-1] {
			t.Errorf("%s: the story's paragraph was taken", tc.name)
		}
	}
}
