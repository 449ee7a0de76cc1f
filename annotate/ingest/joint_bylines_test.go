package ingest

import "testing"

// Joined bylines in invented text, and lines that must stay.

func TestJointBylineNames(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Morag Innes and Callum Fraser", true},
		{"Ana Ruiz, Tom Ek and Sam Doe", true},
		{"Mary-Kate O’Neill & Piet van Dam", true},
		// near-misses: titles and names joined in other ways
		{"Romeo and Juliet", false},
		{"Marks and Spencer Group", false},
		{"Morag Innes and Callum Fraser report", false},
		{"MORAG INNES AND CALLUM FRASER", false},
		{"Morag Innes", false},
	} {
		if got := jointBylineNames(tc.s); got != tc.want {
			t.Errorf("jointBylineNames(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestRemoveHeaderNamesJoint(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		kinds []junk
		want  []bool // removed after the pass
	}{
		{"joined names over a date line", []string{"Morag Innes and Callum Fraser", "Updated 14:02, Monday 4 May 2026"}, []junk{keep, junkDate}, []bool{true, true}},
		{"joined names under a date line", []string{"4 May 2026", "Ana Ruiz, Tom Ek and Sam Doe", "A ferry ran aground."}, []junk{junkDate, keep, keep}, []bool{true, true, false}},
		// near-miss: the same names as a heading between paragraphs
		{"joined names between paragraphs", []string{"The ferry ran aground.", "Morag Innes and Callum Fraser", "Both were rescued."}, []junk{keep, keep, keep}, []bool{false, false, false}},
	}
	for _, tt := range tests {
		units := make([]unit, len(tt.lines))
		removed := make([][]string, len(tt.lines))
		kinds := append([]junk(nil), tt.kinds...)
		for i, l := range tt.lines {
			units[i] = unit{text: l}
		}
		removeHeaderNames(units, kinds, removed)
		for i := range tt.lines {
			if got := kinds[i] != keep; got != tt.want[i] {
				t.Errorf("%s: line %q removed = %v, want %v", tt.name, tt.lines[i], got, tt.want[i])
			}
		}
	}
}
