package suggest

import (
	"testing"

	"newsmark/annotate"
)

// TestCompanyDescriptionAndMemo: "The company said" stands for the company
// the text called a company, not a nearer firm it only bought, nor a plural
// of initials in someone's post ("my DMs"); and "wrote in the memo, seen by
// the Ledger, that …" keeps its content past the participle's clause.
func TestCompanyDescriptionAndMemo(t *testing.T) {
	tests := []speakerCase{
		{"the company called so, a participle clause before that",
			"Routemill, the fleet-tracking software company, is closing its Derby office.\n\n" +
				"Ada Quill wrote in the memo, seen by the Ledger, that the office had lost money for three years.\n\n" +
				"Most of the Derby staff joined when Routemill bought the mapping start-up Pinfold Labs in 2022. One engineer posted that her DMs were open.\n\n" +
				"The company said in a statement that customers would see no change.",
			[]speakerWant{
				{"the office had lost money for three years", "Ada Quill"},
				{"customers would see no change", "Routemill"},
			}},
	}
	checkSpeakerCases(t, "company description and memo", tests)
}

// TestPluralLetters: a plural of initials is a kind of thing, no firm.
func TestPluralLetters(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{{"DMs", true}, {"NGOs", true}, {"NHS", false}, {"Pens", false}, {"BBC", false}}
	for _, tt := range tests {
		if got := pluralLetters(tt.w); got != tt.want {
			t.Errorf("pluralLetters(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestBodyPostNamedNext: a lede's "…, its chief executive told staff" is
// the person the next paragraph names as a speaker.
func TestBodyPostNamedNext(t *testing.T) {
	text := "Routemill to shut Derby office\n\nRoutemill, the fleet-tracking software company, is closing its Derby office, its chief executive told staff on Monday.\n\nAda Quill wrote in a memo that the office had lost money for three years."
	doc := &annotate.Document{Text: text, Zones: []annotate.Zone{
		{Zone: annotate.ZoneHeadline, Start: 0, End: 30},
		{Zone: annotate.ZoneBody, Start: 32, End: len([]rune(text))},
	}}
	res := Suggest(doc, nil, DefaultOptions())
	found := false
	for _, s := range res.Spans {
		if s.Label == annotate.LabelSpeaker && string([]rune(text)[s.Start:s.End]) == "its chief executive" {
			found = true
			if c, _ := s.Attrs["canonical"].(string); c != "Ada Quill" {
				t.Errorf("its chief executive: canonical %q, want Ada Quill", c)
			}
		}
	}
	if !found {
		t.Errorf("no speaker span for its chief executive")
	}
}

// TestMakerBeforeProduct: a maker's one-word name used alone ("Pellmore,
// which makes the kettles, said") is its own name, not short for the
// product it names before a noun ("two Pellmore Aurora kettles").
func TestMakerBeforeProduct(t *testing.T) {
	tests := []speakerCase{
		{"a product after its maker's name",
			"Owners of two Pellmore Aurora kettles were told to unplug them. About 9,000 Pellmore Aurora kettles were sold last year.\n\n" +
				"Pellmore, which makes the kettles in Leeds, said a faulty switch from one supplier was to blame.",
			[]speakerWant{{"a faulty switch from one supplier was to blame", "Pellmore"}}},
	}
	checkSpeakerCases(t, "maker before product", tests)
}
