package ingest

import (
	"strings"
	"testing"
)

// Link reference definitions in wordings no fixture uses: the ones the
// parser reads as definitions are kept in meta.removed, while a line that
// only looks like one (inside a paragraph) stays in the text.

func TestMarkdownLinkDefinitionsKept(t *testing.T) {
	story := "# Library hours cut at three branches\n\n" +
		"The county will cut opening hours at three branch libraries from March, its [budget papers][a] show, saving about £90,000 a year. " +
		"The cabinet member for culture said the [consultation][consult-2026] had shown most visitors came on weekday mornings. " +
		"Campaigners said the figures in the [county's own survey][3] told a different story and that they would ask for a review.\n\n"
	tests := []struct {
		name    string
		tail    string
		removed []string // kept in meta.removed, not in the text
		text    []string // left in the text
	}{
		{"numbered definitions with titles",
			"[a]: https://county.example/budget.pdf \"Budget 2027\"\n[consult-2026]: https://county.example/consult\n[3]: <https://county.example/survey> 'Survey'\n",
			[]string{`[a]: https://county.example/budget.pdf "Budget 2027"`, "[consult-2026]: https://county.example/consult", "[3]: <https://county.example/survey> 'Survey'"},
			nil},
		{"indented definition",
			"   [a]: https://county.example/budget.pdf\n",
			[]string{"[a]: https://county.example/budget.pdf"},
			nil},
		// near misses
		{"a definition line inside a paragraph is its text",
			"The old address still works for readers who saved it:\n[b]: https://example.invalid/old\n",
			nil,
			[]string{"[b]: https://example.invalid/old"}},
		{"a footnote is no link definition",
			"[^1]: The survey had 412 replies.\n",
			nil,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("library.md", []byte(story+tt.tail), KindMarkdown)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range tt.removed {
				if !containsString(doc.Meta.Removed, r) {
					t.Errorf("%q not in meta.removed %q", r, doc.Meta.Removed)
				}
				if strings.Contains(doc.Text, r) {
					t.Errorf("%q left in the text:\n%s", r, doc.Text)
				}
			}
			for _, s := range tt.text {
				if !strings.Contains(doc.Text, s) {
					t.Errorf("%q lost from the text:\n%s", s, doc.Text)
				}
			}
			for _, r := range doc.Meta.Removed {
				if strings.HasPrefix(r, "[^") || strings.HasPrefix(r, "[b]") {
					t.Errorf("%q taken as a link definition", r)
				}
			}
		})
	}
}
