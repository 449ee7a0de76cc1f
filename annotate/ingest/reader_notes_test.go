package ingest

import (
	"strings"
	"testing"
)

// A reader's own notes under a clipped article, in wordings no fixture
// uses, beside story text that mentions notes and must stay.

const clippedStory = "# Quarry firm told to replant the ridge\n\n" +
	"*The planning inspector rejects the company's appeal over its spoil heaps*\n\n" +
	"A quarry company must replant the ridge above Carrick Moss within two years, a planning inspector ruled on Thursday.\n\n" +
	"The inspector, Leah Okafor, said the spoil heaps had been left bare for far longer than the permit allowed.\n\n" +
	"The company said it would comply and had already ordered 40,000 saplings for the autumn.\n\n" +
	"Residents said they had waited nine years for the decision.\n\n"

func TestReaderNotes(t *testing.T) {
	tests := []struct {
		name   string
		page   string
		kind   string
		gone   []string
		stayed []string
	}{
		{
			name: "a notes app's own section under the clipping",
			page: clippedStory + "---\n\n## My notes\n\n" +
				"- Okafor said much the same at the Denby hearing, “far longer than the permit allowed”. Check.\n" +
				"- Ask the company for the sapling order\n" +
				"- Compare with 2019 permit\n",
			kind: KindMarkdown,
			gone: []string{"My notes", "Okafor said much the same at the Denby hearing", "Ask the company for the sapling order",
				"Compare with 2019 permit"},
			stayed: []string{"Residents said they had waited nine years for the decision."},
		},
		{
			name: "a line of its own over the notes in a text page",
			page: "Quarry firm told to replant the ridge\n\n" +
				strings.ReplaceAll(strings.SplitN(clippedStory, "\n\n", 3)[2], "#", "") +
				"Notes to self:\n\nThe inspector's ruling runs to 40 pages, read the part on the heaps.\n\nCall the parish clerk on Monday.\n",
			kind:   KindText,
			gone:   []string{"Notes to self:", "The inspector's ruling runs to 40 pages", "Call the parish clerk on Monday."},
			stayed: []string{"Residents said they had waited nine years for the decision."},
		},
		{
			name: "a heading of the same rank ends the notes",
			page: clippedStory + "## Reading notes\n\n- Check the sapling figure\n\n## Background\n\n" +
				"The ridge was first quarried in 1962, when the county granted a permit that ran without limit.\n",
			kind:   KindMarkdown,
			gone:   []string{"Reading notes", "Check the sapling figure"},
			stayed: []string{"The ridge was first quarried in 1962, when the county granted a permit that ran without limit."},
		},
		{
			name: "story text that mentions notes stays",
			page: clippedStory + "## My notes from the inquiry\n\n" +
				"My notes from the first day show the company never disputed the dates, the inspector said in her ruling.\n\n" +
				"“I went back to my notes,” a resident said. “They had promised trees in 2016.”\n",
			kind: KindMarkdown,
			stayed: []string{"My notes from the first day show the company never disputed the dates, the inspector said in her ruling.",
				"“I went back to my notes,” a resident said. “They had promised trees in 2016.”"},
		},
		{
			name: "a notes heading before the story has begun is left alone",
			page: "# Quarry firm told to replant the ridge\n\n## My notes\n\n" +
				"A quarry company must replant the ridge above Carrick Moss within two years, a planning inspector ruled on Thursday.\n\n" +
				"The company said it would comply and had already ordered 40,000 saplings for the autumn.\n",
			kind:   KindMarkdown,
			stayed: []string{"The company said it would comply and had already ordered 40,000 saplings for the autumn."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page."+tt.kind, []byte(tt.page), tt.kind)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range tt.gone {
				if strings.Contains(doc.Text, g) {
					t.Errorf("%q left; text:\n%s", g, doc.Text)
				}
				found := false
				for _, r := range doc.Meta.Removed {
					found = found || strings.Contains(r, g)
				}
				if !found {
					t.Errorf("%q not in meta.removed", g)
				}
			}
			paras := strings.Split(doc.Text, "\n\n")
			for _, s := range tt.stayed {
				if !containsString(paras, s) {
					t.Errorf("paragraph %q lost:\n%s", s, doc.Text)
				}
			}
		})
	}
}
