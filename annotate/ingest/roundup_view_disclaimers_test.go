package ingest

import (
	"strings"
	"testing"
)

func TestCompiledNotOurView(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"gossip note", "Gossip is compiled from the papers and is not the view of Metro Sport Online.", true},
		{"rumours, do not reflect", "Rumours are gathered from media reports and do not reflect the views of Cityline.", true},
		{"this column, this site", "This column is compiled from today's newspapers and is not the view of this site.", true},
		{"necessarily", "The round-up is drawn from other outlets and does not necessarily represent the opinions of the Ferrow Echo", true},
		{"past tense dossier", "The dossier was compiled from the papers and is not the view of the inquiry.", false},
		{"reported", "The list is compiled from the papers and is not the view of the club, a spokesman said.", false},
		{"goes on after the name", "The index is compiled from court records and is not the view of Harbour Trust, which funds it.", false},
		{"no disclaimer", "Gossip is compiled from the papers every morning by our transfer desk.", false},
		{"quoted", "\"Gossip is compiled from the papers and is not the view of Sport Daily,\" it says.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := compiledNotOurView(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
				t.Errorf("compiledNotOurView(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}
