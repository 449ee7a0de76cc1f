package ingest

import "testing"

func TestEditionMasthead(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"HARBOUR GAZETTE - TEXT EDITION", true},
		{"THE DALE TIMES | Text-only version", true},
		{"You are reading the text-only edition. Switch to the full site: gazette.", true},
		{"You are viewing the lite version. Go to the standard site.", true},
		// near-misses: a headline and story sentences with the same words
		{"Council votes to close library - text edition of the plan published", false},
		{"Harbour Gazette - Text edition", false},
		{"The paper launched a text edition. Readers switched to it in droves.", false},
		{"You are reading the text-only edition", false},
	}
	for _, tt := range tests {
		if got := editionMasthead(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("editionMasthead(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
