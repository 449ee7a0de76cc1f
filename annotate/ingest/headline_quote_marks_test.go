package ingest

import "testing"

// Titles that lost the headline's quotation marks, in wordings no fixture
// uses, beside titles that differ from the <h1> in words and must stay.

func TestQuotedHeadline(t *testing.T) {
	tests := []struct {
		name, title, h1, want string
	}{
		{"single curly", "Council calls harbour plan unaffordable", "Council calls harbour plan ‘unaffordable’", "Council calls harbour plan ‘unaffordable’"},
		{"double straight", "Minister says budget is fair and final", `Minister says budget is "fair and final"`, `Minister says budget is "fair and final"`},
		{"double curly, spaces", "Residents  fear  for last bus", "Residents fear for “last bus”", "Residents fear for “last bus”"},
		{"other words", "Council calls harbour plan too costly", "Council calls harbour plan ‘unaffordable’", "Council calls harbour plan too costly"},
		{"site name in h1", "Council calls harbour plan unaffordable", "The Harbour Gazette", "Council calls harbour plan unaffordable"},
		{"same text", "Council calls harbour plan ‘unaffordable’", "Council calls harbour plan ‘unaffordable’", "Council calls harbour plan ‘unaffordable’"},
		{"title has the marks", "Council calls harbour plan ‘unaffordable’", "Council calls harbour plan unaffordable", "Council calls harbour plan ‘unaffordable’"},
		{"apostrophe only differs in words", "Mayor's plan approved", "Mayor’s new plan approved", "Mayor's plan approved"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := quotedHeadline(tc.title, tc.h1); got != tc.want {
				t.Errorf("quotedHeadline(%q, %q) = %q, want %q", tc.title, tc.h1, got, tc.want)
			}
		})
	}
}
