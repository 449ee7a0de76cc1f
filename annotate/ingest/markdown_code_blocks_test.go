package ingest

import (
	"slices"
	"strings"
	"testing"
)

func TestFencedCodeKeptInRemoved(t *testing.T) {
	body := "The tram depot lost power at six on Monday and the first trams left an hour late, the operator said in a note to riders that evening.\n\n"
	later := "By the afternoon peak every line ran to the timetable again, and the operator said it would publish a fuller account within a week.\n"
	tests := []struct {
		name    string
		md      string
		removed []string // in this order among meta.removed
		kept    []string // in the text
	}{
		{"backticks with an info string", "# Depot outage\n\n" + body + "```yaml\nbreaker: off\nretries: 3\n```\n\n" + later,
			[]string{"```yaml", "breaker: off", "retries: 3", "```"}, nil},
		{"tildes", "# Depot outage\n\n" + body + "~~~\nsudo restart depot\n~~~\n\n" + later,
			[]string{"~~~", "sudo restart depot", "~~~"}, nil},
		{"in a blockquote", "# Depot outage\n\n" + body + "> ```\n> ping depot\n> ```\n\n" + later,
			[]string{"```", "ping depot", "```"}, nil},
		{"an empty block", "# Depot outage\n\n" + body + "```sh\n```\n\n" + later, []string{"```sh", "```"}, nil},
		{"two blocks in a row", "# Depot outage\n\n" + body + "```\nalpha\n```\n```\nbeta\n```\n\n" + later,
			[]string{"```", "alpha", "```", "```", "beta", "```"}, nil},
		{"left open at the end", "# Depot outage\n\n" + body + later + "\n```\ntail line\n", []string{"```", "tail line"}, nil},
		// near-misses: an indented block and inline code stay the article's words
		{"indented block", "# Depot outage\n\n" + body + "    The night crew restored the feed by hand.\n\n" + later,
			nil, []string{"The night crew restored the feed by hand."}},
		{"inline code", "# Depot outage\n\n" + body + "Riders saw the code `E42` on the boards until noon, the operator said.\n\n" + later,
			nil, []string{"E42"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.md", []byte(tt.md), KindMarkdown)
			if err != nil {
				t.Fatal(err)
			}
			at := -1
			for _, want := range tt.removed {
				k := slices.Index(doc.Meta.Removed[at+1:], want)
				if k < 0 {
					t.Fatalf("%q not in meta.removed after index %d: %q", want, at, doc.Meta.Removed)
				}
				at += k + 1
			}
			for _, want := range tt.kept {
				if !strings.Contains(doc.Text, want) {
					t.Errorf("%q not in the text: %q", want, doc.Text)
				}
			}
			for _, l := range tt.removed {
				if strings.Contains(doc.Text, l) {
					t.Errorf("%q left in the text: %q", l, doc.Text)
				}
			}
			if !strings.Contains(doc.Text, "By the afternoon peak") {
				t.Errorf("body lost: %q", doc.Text)
			}
		})
	}
}
