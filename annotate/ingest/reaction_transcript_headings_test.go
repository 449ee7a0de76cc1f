package ingest

import (
	"strings"
	"testing"
)

func TestReactionHeadingOverTranscript(t *testing.T) {
	page := func(next string) string {
		return "# Harbour crew win the regatta at the last buoy\n\n" +
			"*The four held off the favourites by half a length.*\n\n" +
			"The Harbour crew won the Oldport regatta on Saturday, passing the favourites at the last buoy.\n\n" +
			"## What they said\n\n" + next + "\n\n" +
			"The crew race again at Kelmouth in a fortnight.\n"
	}
	cases := []struct {
		next string
		gone bool
	}{
		{"*The interview has been shortened.*\n\n**Q:** Were you worried at the turn?\n\n**Ines Vaal:** Not at all. We had more left than they did.\n\n**Q:** And the wind?", true},
		{"**Q:** What changed in the last minute?\n\n**Bo Renn:** We stopped looking at them and rowed our own race.", true},
		// near-misses: prose under the heading, one labelled line only
		{"The crew spoke to reporters for ten minutes on the slipway before the presentation began.\n\nNobody mentioned the collision at the start.", false},
		{"Note: the crew spoke before the protest was heard.\n\nThe protest was dismissed an hour later by the judges.", false},
	}
	for _, c := range cases {
		doc, err := Clean("regatta.md", []byte(page(c.next)), KindMarkdown)
		if err != nil {
			t.Fatal(err)
		}
		gone := !strings.Contains(doc.Text, "\n\nWhat they said\n\n")
		if gone != c.gone {
			t.Errorf("over %q: gone %v, want %v\n%s", c.next, gone, c.gone, doc.Text)
		}
	}
}
