package ingest

import (
	"slices"
	"strings"
	"testing"
)

// An updated wire story in wordings no fixture uses, beside near misses.

func TestWireUpdateLines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"September 12, 2026 9:15 AM GMT-4 Updated 40 minutes ago", junkDate},
		{"Jan. 3, 2027 11:02 pm UTC · Updated an hour ago", junkDate},
		{"((Writing by Odile Marsh; Editing by Sam Petrov))", junkTrailer},
		{"Purchase Reprint Rights, opens new tab", junkChrome},
		{"Download the data (opens in a new window)", junkChrome},
		{"Harbour Wire · Share quotes delayed at least 20 minutes. See the list of venues.", junkChrome},
		// near misses: article sentences
		{"The hospital said the flight was delayed by at least 15 minutes on September 12, 2026.", keep},
		{"Quotes delayed 15 minutes confused traders, the exchange said on Monday afternoon.", keep},
		{"The museum, which opens in a new wing next spring, has raised funds from 300 donors across the valley.", keep},
		{"September 12, 2026 was the day the bridge reopened after four hours of delays.", keep},
	})
}

func TestWireVersionTagLeavesHeadline(t *testing.T) {
	tests := []struct {
		name, head, want, tag string
	}{
		{"update", "UPDATE 3-Dockers walk out at Varn harbour over pay", "Dockers walk out at Varn harbour over pay", "UPDATE 3-"},
		{"refile", "REFILE-UPDATE 1-Varn council approves tram extension", "Varn council approves tram extension", "REFILE-UPDATE 1-"},
		{"hyphenated word", "COVID-19 clinic reopens in Varn after repairs", "COVID-19 clinic reopens in Varn after repairs", ""},
		{"mixed case", "Update 2-year plan for Varn harbour approved", "Update 2-year plan for Varn harbour approved", ""},
	}
	body := "\n\nVARN, March 3 (Harbour Wire) - Workers at the harbour stopped work on Monday, the union said, after talks on pay broke down late on Sunday evening.\n\nThe port authority said ships would be diverted to Kell until the dispute ended and that it regretted the delay to freight.\n"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("wire.txt", []byte(tt.head+body), KindText)
			if err != nil {
				t.Fatal(err)
			}
			if got, _, _ := strings.Cut(doc.Text, "\n"); got != tt.want {
				t.Errorf("headline %q, want %q", got, tt.want)
			}
			if tt.tag != "" && !slices.Contains(doc.Meta.Removed, tt.tag) {
				t.Errorf("tag %q not in removed %q", tt.tag, doc.Meta.Removed)
			}
		})
	}
}
