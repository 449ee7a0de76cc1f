package suggest

import (
	"fmt"
	"testing"

	"newsmark/annotate"
)

// outletStatements lists the statements suggested on text as a page of
// outlet.
func outletStatements(text, outlet string) []string {
	doc := &annotate.Document{Text: text, Meta: annotate.Meta{Outlet: outlet}}
	res := Suggest(doc, nil, DefaultOptions())
	runes := []rune(text)
	var out []string
	for _, s := range res.Spans {
		if s.Label == annotate.LabelStatement {
			out = append(out, string(runes[s.Start:s.End]))
		}
	}
	return out
}

// TestOutletReports: the page's own outlet reporting its journalism is
// authorial; another paper, or the outlet speaking as a company, is a
// speaker.
func TestOutletReports(t *testing.T) {
	tests := []struct {
		name   string
		outlet string
		text   string
		want   []string
	}{
		{"the outlet revealed", "The Daily Clarion",
			"The council is under pressure. Last month The Daily Clarion revealed that the pier would close in spring.",
			nil},
		{"the outlet reported, without the article", "Evening Courier",
			"Two schools will merge. The Evening Courier reported in June that the head teacher had resigned.",
			nil},
		{"the outlet disclosed, with a lower-case article", "the Harbour Gazette",
			"Fares are rising. In March the Harbour Gazette disclosed that the ferry firm had lost £2 million in the year.",
			nil},
		{"another paper's report stays", "The Daily Clarion",
			"The council is under pressure. Last month The Harbour Gazette revealed that the pier would close in spring.",
			[]string{"the pier would close in spring"}},
		{"the outlet speaking as a company stays", "The Daily Clarion",
			"The Daily Clarion said in a statement that it would appeal against the ruling.",
			[]string{"it would appeal against the ruling"}},
		{"without an outlet the report stays", "",
			"Last month The Daily Clarion revealed that the pier would close in spring.",
			[]string{"the pier would close in spring"}},
		{"a longer name is another body", "The Daily Clarion",
			"The Daily Clarion Readers' Panel reported that most members wanted the pier to stay open.",
			[]string{"most members wanted the pier to stay open"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := outletStatements(tt.text, tt.outlet)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q on %q:\n got %q\nwant %q", tt.text, tt.outlet, got, tt.want)
			}
		})
	}
}
