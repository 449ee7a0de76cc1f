package ingest

import (
	"strings"
	"testing"
)

func TestStoryTrailer(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"This report by The Northern Press was first published March 3, 2026.", true},
		{"This story by Harbour Wire was originally distributed on 4 June 2025.", true},
		{"If you have been affected by the issues in this article, help is available from the Listening Line on 0800 000 111.", true},
		{"If you were affected by any of the topics raised in this programme, support is available at example.org/help.", true},
		{"Team photos supplied by the clubs.", true},
		{"Pictures provided by the families", true},
		// near-misses: story sentences that share the words
		{"This report by the inspectors was first published in draft last year and later withdrawn after complaints from the council and residents.", false},
		{"This report by the auditor found the council had overspent by £2m.", false},
		{"If you have been affected by the closure, the council says you can apply for a grant.", false},
		{"“If you have been affected by the issues in this story, talk to someone,” she said.", false},
		{"The photos supplied by the police show the van leaving the yard at midnight before the fire.", false},
		{"Photos supplied by the police show the van.", false},
	}
	for _, tt := range tests {
		s := tt.line
		if got := storyTrailer(s, strings.ToLower(s), wordCount(s)); got != tt.want {
			t.Errorf("storyTrailer(%q) = %v, want %v", s, got, tt.want)
		}
	}
}
