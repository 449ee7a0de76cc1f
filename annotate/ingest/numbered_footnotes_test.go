package ingest

import (
	"strings"
	"testing"
)

// Numbered footnotes a newsletter platform writes as links or brackets, in
// wordings no fixture uses.

func TestNumberedFootnotesInMarkdown(t *testing.T) {
	page := "# The ferry numbers nobody wanted to publish\n\n" +
		"The harbour board's own figures show passenger numbers fell by 15% last year.[[1]](#footnote-1) The operator disputes that.\n\n" +
		"Its chief executive told me the fall was \"a blip\" and that numbers were already recovering.[2]\n\n" +
		"A link such as [1](https://example.org/one) is left alone, and so is a bracket [1] after a space.\n\n" +
		"---\n\n" +
		"[[1]](#footnote-anchor-1) Harbour board annual report, table 4, published 2 March 2027.\n\n" +
		"[2] He spoke to me by phone on Friday. The company's press office confirmed his comments.\n"
	doc, err := Clean("notes.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{"Harbour board annual report, table 4, published 2 March 2027.",
		"He spoke to me by phone on Friday. The company's press office confirmed his comments."})
	for _, want := range []string{"fell by 15% last year. The operator disputes that.", "already recovering.\n", "such as 1 is left", "a bracket [1] after"} {
		if !strings.Contains(doc.Text+"\n", want) {
			t.Errorf("want %q in:\n%s", want, doc.Text)
		}
	}
}
