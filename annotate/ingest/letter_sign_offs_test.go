package ingest

import (
	"strings"
	"testing"
)

// A letter inside a page, signed off with more after it, in invented words;
// near-misses that must stay.

const letterPage = `# A word from the head teacher

*Mrs Okafor on the new library, the snow days and the summer fair*

Dear parents, the autumn term has flown by and the new library is finally open to every class in the school.

The builders finished two weeks late, but the children did not seem to mind. The reading corner was full on the first morning.

We lost three days to snow in November, and I am grateful to the staff who set work online at very short notice.

The summer fair raised more than we hoped, and the money will pay for new books in every classroom next year.

%s

## %s

**Sports day:** Tuesday 14 June on the top field, weather permitting, with races for every year group.

**Uniform sale:** The parents' association will sell second-hand uniform in the hall after school on Friday.

**Lost property:** Unnamed coats and lunch boxes will go to the charity shop at the end of term, so please check the rack.

**Clubs:** Chess club moves to Thursday lunchtime from January, and the choir will rehearse in the new library.
`

func TestLetterSignOffs(t *testing.T) {
	for _, tc := range []struct {
		closing, heading string
		gone             []string
		stays            []string
	}{
		{"Every good wish,  \n**Adaeze**", "School notices", []string{"Every good wish,", "Adaeze", "School notices"}, nil},
		{"Yours in friendship,  \nTom Reilly", "Dates for the diary", []string{"Yours in friendship,", "Tom Reilly", "Dates for the diary"}, nil},
		// no name under the closing words: a line of the letter
		{"With every blessing,  \nand a happy new year to all of you.", "School notices",
			nil, []string{"With every blessing,", "School notices"}},
		// a short line ending in a comma that closes nothing
		{"In the meantime,  \n**Adaeze**", "School notices", nil, []string{"In the meantime,", "Adaeze"}},
	} {
		page := strings.Replace(strings.Replace(letterPage, "%s", tc.closing, 1), "%s", tc.heading, 1)
		doc, err := Clean("letter.md", []byte(page), KindMarkdown)
		if err != nil {
			t.Fatal(err)
		}
		paras := strings.Split(doc.Text, "\n\n")
		has := func(s string) bool {
			for _, p := range paras {
				if p == s || strings.HasPrefix(p, s) {
					return true
				}
			}
			return false
		}
		for _, g := range tc.gone {
			if has(g) {
				t.Errorf("%q: %q left in the text:\n%s", tc.closing, g, doc.Text)
			}
		}
		for _, s := range tc.stays {
			if !has(s) {
				t.Errorf("%q: %q taken from the text:\n%s", tc.closing, s, doc.Text)
			}
		}
		if !strings.Contains(doc.Text, "Sports day: Tuesday 14 June") || !strings.Contains(doc.Text, "Uniform sale:") {
			t.Errorf("%q: the notices after the letter went:\n%s", tc.closing, doc.Text)
		}
	}
}
