package ingest

import (
	"strings"
	"testing"
)

// Superscript note numbers in wordings no fixture uses, beside
// superscripts that belong to what they follow.

func TestSuperscriptNoteMarkers(t *testing.T) {
	tests := []struct {
		name, para, want string
	}{
		{"linked after a full stop", `The canal carried coal until 1938.<sup><a href="#note-1">1</a></sup> Barges now carry visitors on summer weekends, the trust said.`,
			"The canal carried coal until 1938. Barges now carry visitors on summer weekends, the trust said."},
		{"linked after a word", `The survey<sup><a href="#fn7">[7]</a></sup> counted 41 kingfishers along the towpath last spring, the trust said.`,
			"The survey counted 41 kingfishers along the towpath last spring, the trust said."},
		{"plain after a closing quote", `She called the lock “a museum that still works”.<sup>3</sup> The trust has asked for a grant to repair the gates.`,
			"She called the lock “a museum that still works”. The trust has asked for a grant to repair the gates."},
		{"square metres stay", `The new basin covers 400 m<sup>2</sup> and holds twelve narrowboats at a time, the trust said on Monday.`,
			"The new basin covers 400 m2 and holds twelve narrowboats at a time, the trust said on Monday."},
		{"a power of ten stays", `The pumps move about 10<sup>6</sup> litres of water a day in a dry summer, the engineer said on Monday.`,
			"The pumps move about 106 litres of water a day in a dry summer, the engineer said on Monday."},
		{"an ordinal stays", `The 1<sup>st</sup> boat through the repaired lock carried the mayor and two dogs, the trust said on Monday.`,
			"The 1st boat through the repaired lock carried the mayor and two dogs, the trust said on Monday."},
		{"a link to another page stays", `The count was 41.<sup><a href="/notes/1">see note</a></sup> The trust will count again in May, it said on Monday evening.`,
			"The count was 41.see note The trust will count again in May, it said on Monday evening."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><body><article><h1>Boats return to the old canal</h1>" +
				"<p>The Marley Canal Trust has reopened the last two miles of the old coal canal to boats after a decade of work.</p>" +
				"<p>" + tt.para + "</p>" +
				"<p>Volunteers have cleared three miles of the channel since the spring, and the work goes on through the winter months.</p>" +
				"<p>“We had people turn up with spades on the first morning,” said Cora Venn, who leads the volunteers.</p></article></body></html>"
			doc, err := Clean("canal.html", []byte(page), KindHTML)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, tt.want) {
				t.Errorf("want %q in:\n%s", tt.want, doc.Text)
			}
		})
	}
}
