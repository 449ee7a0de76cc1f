package suggest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// headedDoc makes a document of a headline and a body, as the importer
// stores a cleaned page.
func headedDoc(headline, body string) *annotate.Document {
	text := headline + "\n\n" + body
	h := len([]rune(headline))
	return &annotate.Document{Text: text, Zones: []annotate.Zone{
		{Zone: annotate.ZoneHeadline, Start: 0, End: h},
		{Zone: annotate.ZoneBody, Start: h + 2, End: len([]rune(text))},
	}}
}

// canonicalOf returns the canonical speaker of the statement holding in.
func canonicalOf(t *testing.T, doc *annotate.Document, in string) string {
	t.Helper()
	res := Suggest(doc, nil, DefaultOptions())
	runes := []rune(doc.Text)
	byID := map[string]annotate.Span{}
	for _, s := range res.Spans {
		byID[s.ID] = s
	}
	for _, s := range res.Spans {
		if s.Label != annotate.LabelStatement || !strings.Contains(string(runes[s.Start:s.End]), in) {
			continue
		}
		for _, r := range res.Relations {
			if r.Head == s.ID && r.Label == annotate.RelSaidBy {
				c, _ := byID[r.Child].Attrs["canonical"].(string)
				return c
			}
		}
		return ""
	}
	t.Fatalf("no statement holding %q", in)
	return ""
}

// TestTitleBody: a bare "the company" or "the union" that nothing before it
// resolves takes the body the headline names when that body's name tells no
// other kind, or else the first body the story calls by the same word; a
// body of another kind, two bodies in the headline, or a body only of a
// kind near the word leave the description its own words.
func TestTitleBody(t *testing.T) {
	tests := []struct {
		name, headline, body, in, want string
	}{
		{"the company named only in the headline and in passing",
			"Tollmere drivers to strike over new delivery targets",
			"Couriers at Tollmere have voted to strike over the company’s new targets, the Road Haulage Workers Union said.\n\n" +
				"The union said the targets would add an hour to each shift.\n\n" +
				"Union organiser Dev Karim said members at the Wexcombe depot were angry.\n\n" +
				"The company said fewer than a third of its couriers had voted.",
			"fewer than a third of its couriers had voted", "Tollmere"},
		{"a place in the headline is no company",
			"Storm closes roads into Tollmere",
			"Roads into Tollmere will stay shut until Friday, police said.\n\n" +
				"The company said its buses would run from the station car park.",
			"its buses would run from the station car park", "company"},
		{"a headline body of another kind: the company keeps its words",
			"Brisworth Council votes to close two libraries",
			"Staff at the libraries were told on Friday, a council officer said.\n\n" +
				"The company said the contract for the buildings would end in March.",
			"the contract for the buildings would end in March", "company"},
		{"the union named by its own word two paragraphs after the description",
			"Ferry crews vote for action",
			"The union said crews had not had a rise since 2023.\n\n" +
				"Sailings to the islands were cut by a third last winter.\n\n" +
				"Members of the Coastal Ferry Workers Union voted by four to one for action short of a strike.",
			"crews had not had a rise since 2023", "Coastal Ferry Workers Union"},
		{"a body only of a kind near the word: the league keeps its words",
			"Linford reach the cup final",
			"Linford’s manager said the pitch was poor and that the club would write to the Football Association of Wales.\n\n" +
				"The league said it would look at the complaint.",
			"it would look at the complaint", "league"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := canonicalOf(t, headedDoc(tt.headline, tt.body), tt.in); got != tt.want {
				t.Errorf("speaker of %q: %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTitleBodyUndecided: two bodies of no known kind in the headline
// leave the title undecided; one alone is the title's body.
func TestTitleBodyUndecided(t *testing.T) {
	body := "Couriers at Tollmere have voted to strike over the company’s new targets.\n\n" +
		"Drivers at Quaylink have backed action over the company’s pay offer.\n\n" +
		"The company said the targets were fair."
	for _, tt := range []struct {
		headline, want string
	}{
		{"Tollmere and Quaylink couriers to strike", ""},
		{"Quaylink couriers to strike", "Quaylink"},
	} {
		f := &finder{text: load(headedDoc(tt.headline, body), DefaultOptions())}
		f.scan()
		r := f.resolve()
		got := ""
		if j := r.titleBodyFor("company"); j >= 0 {
			got = r.mentions[j].canonical
		}
		if got != tt.want {
			t.Errorf("%q: title body %q, want %q", tt.headline, got, tt.want)
		}
	}
}

// TestDocTitle: the title is the metadata title, else the headline; a page
// without either has none (its first line is body text).
func TestDocTitle(t *testing.T) {
	d := headedDoc("Tollmere drivers to strike", "Couriers will walk out.")
	if got := docTitle(d); got != "Tollmere drivers to strike" {
		t.Errorf("headline title: %q", got)
	}
	d.Meta.Title = "Drivers strike at Tollmere"
	if got := docTitle(d); got != "Drivers strike at Tollmere" {
		t.Errorf("metadata title: %q", got)
	}
	if got := docTitle(&annotate.Document{Text: "Tollmere drivers to strike\n\nCouriers will walk out."}); got != "" {
		t.Errorf("no zones: %q, want none", got)
	}
	if !titleNames("Strike at Tollmere, union says", "Tollmere") || titleNames("Tollmeres strike", "Tollmere") {
		t.Errorf("titleNames does not match whole words")
	}
}
