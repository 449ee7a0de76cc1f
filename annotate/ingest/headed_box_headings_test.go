package ingest

import (
	"strings"
	"testing"
)

func TestHeadedBoxHeadings(t *testing.T) {
	body := "The council voted on Tuesday to close the two branch libraries, after a debate that ran past midnight in the town hall.\n\n"
	more := "\n\n## What happens next\n\nThe libraries will close in March, and the council said their books would move to the central library over the spring.\n"
	tests := []struct {
		name, page, heading string
		want                bool
	}{
		{"quoted box", body + "> ### The closures in four numbers\n> **Cost**: £2m · two sites\n> **Staff**: 14 posts\n> **Vote**: 31 to 19" + more, "The closures in four numbers", false},
		{"box of lines", body + "### The public meeting at a glance\n\n**Date**: 3 March\n\n**Venue**: Town hall\n\n**Tickets**: £5" + more, "The public meeting at a glance", false},
		{"deeper heading", body + "#### Specs of the new reader\n\n> **Weight**: 41 g · $899\n> **Battery**: 14 hours" + more, "Specs of the new reader", false},
		// near-misses: the heading heads prose, or a single removed line
		{"prose after", body + "### Key numbers\n\n**Cost**: £2m · two sites\n\n**Staff**: 14 posts\n\nThe figures were published by the council's finance committee on Monday, a week before the vote was taken." + more, "Key numbers", true},
		{"heading over text", body + "### The vote\n\nCouncillors voted 31 to 19 to close the libraries, with two abstentions from the opposition benches." + more, "The vote", true},
		{"one line", body + "### Key numbers\n\n**Cost**: £2m · two sites" + more, "Key numbers", true},
	}
	for _, tc := range tests {
		doc, err := Clean("page.md", []byte("# Council votes to close two libraries in budget\n\n"+tc.page), KindMarkdown)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(doc.Text, "\n"+tc.heading+"\n"); got != tc.want {
			t.Errorf("%s: heading kept %v, want %v\n%s", tc.name, got, tc.want, doc.Text)
		}
	}
}
