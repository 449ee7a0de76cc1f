package ingest

import (
	"strings"
	"testing"
)

// A feature with a notes list after it, in wordings no fixture uses,
// beside near misses.

func TestEndnoteListAfterStory(t *testing.T) {
	body := "<p>The mill on the Dunsey river ground flour for 200 years before it closed in 1961, the trust said.</p>" +
		"<p>Volunteers have rebuilt the wheel, and the miller, Ada Crane, said it would turn again by Easter.</p>" +
		"<p>“We have had offers of help from as far as Leeds,” she said of the appeal.</p>"
	tests := []struct {
		name, tail string
		gone, kept []string
	}{
		{"notes list", "<h2>Notes</h2><ol><li>Dunsey Mill Trust, annual report, 2025.</li><li>Interview with the author, May 2026.</li></ol>",
			[]string{"Notes", "annual report", "Interview with the author"}, nil},
		{"long paragraph under the heading", "<h2>Notes</h2><p>" + strings.Repeat("The miller kept careful records of every sack of grain that came through the door that year. ", 5) + "</p>",
			nil, []string{"careful records"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("mill.html", []byte("<html><body><article><h1>The mill that will turn again</h1>"+body+tt.tail+"</article></body></html>"), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range tt.gone {
				if strings.Contains(doc.Text, g) {
					t.Errorf("%q left:\n%s", g, doc.Text)
				}
			}
			for _, k := range append(tt.kept, "Ada Crane") {
				if !strings.Contains(doc.Text, k) {
					t.Errorf("%q lost:\n%s", k, doc.Text)
				}
			}
		})
	}
}

func TestNotesHeadingAtTopStays(t *testing.T) {
	page := "<html><body><article><h1>Garden diary</h1><h2>Notes</h2><p>Sow the beans in April, the society advises.</p></article></body></html>"
	doc, err := Clean("diary.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Sow the beans") {
		t.Errorf("text lost:\n%s", doc.Text)
	}
}
