package ingest

import (
	"strings"
	"testing"
)

func TestResultsTablesRemoved(t *testing.T) {
	lede := "Mara Olsen won the hill stage on Sunday after a solo attack in the last three kilometres, the organisers said.\n\n"
	after := "\n\nOlsen said she had not expected to hold off the chasers on the final bend.\n"
	tests := []struct {
		name    string
		page    string
		removed []string
		kept    []string
	}{
		{"a stage result with its title", "Olsen takes the hill stage\n\n" + lede + "Stage result\n1. Mara Olsen (NOR) Team Fjell  3h 12' 09\"\n2. Ana Ruiz (ESP) Sierra Pro  + 21\"\n3. Lea Hahn (GER) Team Alpen  + 1' 04\"" + after,
			[]string{"Stage result", "1. Mara Olsen (NOR) Team Fjell  3h 12' 09\"", "3. Lea Hahn (GER) Team Alpen  + 1' 04\""}, nil},
		{"points rows", "Olsen takes the hill stage\n\n" + lede + "Points\n1. Mara Olsen 58 pts\n2. Ana Ruiz 41 pts" + after,
			[]string{"Points", "1. Mara Olsen 58 pts", "2. Ana Ruiz 41 pts"}, nil},
		// near-misses: a numbered list of sentences, a lone row, ranks that
		// do not count up
		{"numbered sentences", "Olsen takes the hill stage\n\n" + lede + "What happens next\n1. The riders rest on Monday.\n2. The race resumes on Tuesday." + after,
			nil, []string{"What happens next", "1. The riders rest on Monday."}},
		{"a lone row", "Olsen takes the hill stage\n\n" + lede + "Best young rider\n1. Ana Ruiz (ESP) Sierra Pro  3h 12' 30\"" + after,
			nil, []string{"Best young rider", "1. Ana Ruiz (ESP)"}},
		{"ranks out of order", "Olsen takes the hill stage\n\n" + lede + "Two names\n3. Ana Ruiz 41 pts\n1. Mara Olsen 58 pts" + after,
			nil, []string{"3. Ana Ruiz 41 pts"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range tt.removed {
				if !containsString(doc.Meta.Removed, r) || strings.Contains(doc.Text, r) {
					t.Errorf("%q not removed: text %q, removed %q", r, doc.Text, doc.Meta.Removed)
				}
			}
			for _, k := range tt.kept {
				if !strings.Contains(doc.Text, k) {
					t.Errorf("%q not kept: %q", k, doc.Text)
				}
			}
			if !strings.Contains(doc.Text, "Olsen said she had not expected") {
				t.Errorf("body lost: %q", doc.Text)
			}
		})
	}
}
