package ingest

import "testing"

// TestHyphenatedLabelLists: a name with a hyphen followed by a role and an
// institution is no label list; a label set off by a spaced hyphen or a
// colon still is.
func TestHyphenatedLabelLists(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Dr Ana Ruiz-Soto, sleep researcher, Lowmarsh Institute", false},
		{"Prof Ola Berg-Lund, economist, Fenby College", false},
		{"Tags - fisheries, quotas, Scotland", true},
		{"Filed in: Libraries, Council budget, Elmbridge", true},
	} {
		if got := labelList(tt.s, wordCount(tt.s)); got != tt.want {
			t.Errorf("labelList(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
