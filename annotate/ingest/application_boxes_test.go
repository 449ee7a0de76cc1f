package ingest

import (
	"reflect"
	"strings"
	"testing"
)

// Application boxes in wordings no fixture uses: the reference, what the
// application is for and the decision go, as one Markdown paragraph or as
// lines of their own; a story sentence naming a reference, and a reference
// with no decision under it, stay.

func TestSplitApplicationBox(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want []string
	}{
		{"Licensing application LIC/2027/088 Late-night sale of alcohol at 4 Mere Row until 2am Decision: Refused · Vote: 5–2",
			[]string{"Licensing application LIC/2027/088", "Late-night sale of alcohol at 4 Mere Row until 2am", "Decision: Refused · Vote: 5–2"}},
		{"Application no. 27/1180/OUT Up to 40 homes on land off Ferris Lane Status: Awaiting decision",
			[]string{"Application no. 27/1180/OUT", "Up to 40 homes on land off Ferris Lane", "Status: Awaiting decision"}},
		// prose that names a reference
		{"Planning application 27/1180/OUT was refused in May. The developer said it would appeal. Decision: pending", nil},
		// no decision
		{"Planning application 27/1180/OUT Up to 40 homes on land off Ferris Lane", nil},
		// a reference with no figure
		{"Planning application AB/CD Up to 40 homes Decision: Refused", nil},
	} {
		got, _ := splitApplicationBox(tc.s)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitApplicationBox(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

func TestApplicationBoxRemoved(t *testing.T) {
	body := "A plan to build 40 homes on farmland off Ferris Lane in Brackwell has been refused by councillors.\n\n" +
		"The developer, Tamsin Homes, said it was disappointed and would consider an appeal.\n\n"
	for _, tc := range []struct{ name, kind, page string }{
		{"markdown", KindMarkdown, "# Ferris Lane homes refused\n\n" + body +
			"> **Outline planning application 27/1180/OUT**\n> Up to 40 homes with access from Ferris Lane\n> **Decision:** Refused · **Vote:** 9–1\n\n" +
			"Neighbours had sent more than 200 letters of objection, most of them about flooding.\n"},
		{"text", KindText, "Ferris Lane homes refused\n\n" + body +
			"Outline planning application 27/1180/OUT\nUp to 40 homes with access from Ferris Lane\nDecision: Refused · Vote: 9–1\n\n" +
			"Neighbours had sent more than 200 letters of objection, most of them about flooding.\n"},
	} {
		doc, err := Clean("ferris."+map[string]string{KindMarkdown: "md", KindText: "txt"}[tc.kind], []byte(tc.page), tc.kind)
		if err != nil {
			t.Fatal(err)
		}
		assertFurnitureRemoved(t, doc, []string{
			"Outline planning application 27/1180/OUT",
			"Up to 40 homes with access from Ferris Lane",
			"Decision: Refused · Vote: 9–1",
		})
		if !strings.Contains(doc.Text, "would consider an appeal.") || !strings.Contains(doc.Text, "most of them about flooding.") {
			t.Errorf("%s: story lost:\n%s", tc.name, doc.Text)
		}
	}
}

func TestApplicationBoxKeepsStory(t *testing.T) {
	page := "# Ferris Lane homes refused\n\n" +
		"A plan to build 40 homes on farmland off Ferris Lane in Brackwell has been refused by councillors.\n\n" +
		"Planning application 27/1180/OUT\n\n" +
		"The application drew more than 200 objections, most of them about flooding on the lane.\n"
	doc, err := Clean("ferris.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "200 objections") {
		t.Errorf("story lost:\n%s", doc.Text)
	}
}
