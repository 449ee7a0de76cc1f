package ingest

import "testing"

func TestArrowLink(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{">> Check the flood map for your street", true},
		{"» See every school's inspection grade", true},
		{"→ Read the full report on the closures", true},
		{">> Search our database of council contracts", true},
		{">> Councils checked the map last year", false},
		{">> Check it before you send it.", false},
		{"Check the flood map for your street", false},
		{"» “Read the report,” she said", false},
	}
	for _, tt := range tests {
		if got := arrowLink(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("arrowLink(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
