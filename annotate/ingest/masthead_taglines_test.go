package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

func TestMastheadTagline(t *testing.T) {
	body := "\n\nMill Lane bakery to close after 60 years\n\nThe owners say rising rents left them no choice\n\n" +
		"The bakery on Mill Lane will close at the end of June, its owners said on Monday, after sixty years on the street.\n\n" +
		"“We tried everything,” said Ruth Ames, whose grandfather opened the shop. “The rent doubled in two years.”\n\n" +
		"The landlord said the rent had been set by an independent surveyor and was in line with the street."
	tests := []struct {
		name, top   string
		wantRemoved bool
	}{
		{"site and tagline over its menu", "The Vale Record | Independent news for the Vale since 1891\nHome · News · Sport · Business · Culture", true},
		// near-misses: no menu beside it, or no site name before the pipe
		{"pipe line alone", "The Vale Record | Independent news for the Vale since 1891", false},
		{"headline with a pipe", "Budget day | what the chancellor said about pensions today\nHome · News · Sport · Business · Culture", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("bakery.txt", []byte(tt.top+body), KindText)
			if err != nil {
				t.Fatal(err)
			}
			first := strings.SplitN(tt.top, "\n", 2)[0]
			removed := false
			for _, r := range doc.Meta.Removed {
				removed = removed || r == first
			}
			if removed != tt.wantRemoved {
				t.Errorf("%q removed %v, want %v (removed %q)", first, removed, tt.wantRemoved, doc.Meta.Removed)
			}
			if tt.wantRemoved {
				if got := zoneText(doc, annotate.ZoneHeadline); got != "Mill Lane bakery to close after 60 years" {
					t.Errorf("headline %q", got)
				}
			}
		})
	}
}
