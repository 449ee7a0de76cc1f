package ingest

import (
	"strings"
	"testing"
)

// A draft exported from a notes app, in wordings no fixture uses, and
// Markdown pages with checklists and status lines that must keep them.

func TestNotesAppExportCleaned(t *testing.T) {
	page := "Tags: #ferries #holnstead\nCreated: 2028-01-09 09:15\n\n" +
		"# Ferry café reopens after the storm\n\n" +
		"> [!tip] Pictures\n> Ask Orla for the counter shot.\n\n" +
		strings.Replace(blogBody, "Piet Velde", "[[Piet Velde]]", 1) +
		"> [!caution] Unconfirmed\n> Opening hours from the menu board, not from Mara.\n\n" +
		"## Next\n\n- [ ] Ring the harbour board about parking\n- [x] Check the spelling of Holnstead\n"
	doc, err := Clean("draft.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []string{"Pictures", "Ask Orla for the counter shot.", "Unconfirmed",
		"Opening hours from the menu board, not from Mara.", "Ring the harbour board about parking", "Check the spelling of Holnstead"} {
		if strings.Contains(doc.Text, g) || !strings.Contains(strings.Join(doc.Meta.Removed, "\n"), g) {
			t.Errorf("%q left or not in meta.removed:\n%s", g, doc.Text)
		}
	}
	if strings.Contains(doc.Text, "Next") || strings.Contains(doc.Text, "[[") || !strings.Contains(doc.Text, "Her brother, Piet Velde, runs") {
		t.Errorf("heading or wiki link left:\n%s", doc.Text)
	}
}

func TestNotesAppNearMissesStay(t *testing.T) {
	checklist := "- [ ] Test the smoke alarm\n- [ ] Keep a torch by the bed\n- [ ] Know where the stopcock is\n\n"
	for _, tc := range []struct{ name, page, kept string }{
		{"checklist in an explainer", "# How to get your home ready for winter\n\n" + blogBody + "## Before the first frost\n\n" + checklist + "That list takes ten minutes to work through, and the fire service says most people who do it once a year never need to call them out at all.\n", "Test the smoke alarm"},
		{"checklist in an exported draft, prose after it", "Tags: #winter\n\n# How to get your home ready for winter\n\n" + blogBody + checklist + blogBody, "Keep a torch by the bed"},
		{"a status line in the story", "# Talks resume at the port\n\n" + blogBody + "Status: the talks were adjourned at 6pm and will resume on Monday, the union said in a short note to members.\n", "Status: the talks were adjourned"},
		{"double brackets round a number", "# Port figures\n\n" + blogBody + "The board's table lists the figure as [[12]] tonnes, a misprint it has since corrected in the online copy of the report.\n", "[[12]]"},
	} {
		doc, err := Clean("page.md", []byte(tc.page), KindMarkdown)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, tc.kept) {
			t.Errorf("%s: %q taken:\n%s", tc.name, tc.kept, doc.Text)
		}
	}
}
