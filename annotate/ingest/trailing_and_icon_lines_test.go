package ingest

import (
	"strings"
	"testing"
)

// Lines told as furniture by their place or their first sign, in wordings
// no fixture uses, each beside a line of news that shares a feature.

func TestIconLedLines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"▶ Watch the full hearing (1:02:44)", junkChrome},
		{"★★★★☆", junkChrome},
		{"📷 In pictures: the quay after the storm", junkChrome},
		{"✉ Get the morning briefing in your inbox", junkChrome},
		{"☎ 0300 123 4567", junkChrome},
		{"© Harbour Gazette 2026", junkTrailer}, // a rights line, as before
		{"“We will watch the full hearing again,” she said.", keep},
		{"5 stars is what the inspectors gave the kitchen, the council said.", keep},
	})
}

func TestTrailingTitleLines(t *testing.T) {
	story := "Night buses return to the valley from May\n\n" +
		"The night bus between Corran and the hospital will run again from 4 May, the operator said on Tuesday.\n\n" +
		"Nurses on late shifts had asked for the service since it was cut two years ago, their union said.\n\n" +
		"The county will pay for the first year of the route while passenger numbers are counted.\n\n"
	tests := []struct {
		name   string
		page   string
		gone   []string
		stayed []string
	}{
		{
			name:   "another story's title under the article",
			page:   story + "Ferry fares frozen for islanders\n",
			gone:   []string{"Ferry fares frozen for islanders"},
			stayed: []string{"The county will pay for the first year of the route while passenger numbers are counted."},
		},
		{
			name:   "a box's heading and a label line, both short and unfinished",
			page:   story + "Transport in the valley\n\nMore from our reporters\n",
			gone:   []string{"Transport in the valley", "More from our reporters"},
			stayed: []string{"The county will pay for the first year of the route while passenger numbers are counted."},
		},
		{
			name:   "a story that ends on a quotation stays whole",
			page:   story + "“We have waited long enough,” said one nurse.\n",
			stayed: []string{"“We have waited long enough,” said one nurse."},
		},
		{
			name:   "a subheading with text under it stays",
			page:   story + "What happens next\n\nA consultation on the timetable opens in March.\n",
			stayed: []string{"What happens next", "A consultation on the timetable opens in March."},
		},
		{
			name:   "a short page is left alone",
			page:   "Bins collected on Friday\n\nBins will be collected a day late this week, the council said.\n\nGarden waste\n",
			stayed: []string{"Garden waste"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("page.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			paras := strings.Split(doc.Text, "\n\n")
			for _, g := range tt.gone {
				if containsString(paras, g) || !containsString(doc.Meta.Removed, g) {
					t.Errorf("%q left or not in meta.removed; text:\n%s\nremoved %q", g, doc.Text, doc.Meta.Removed)
				}
			}
			for _, s := range tt.stayed {
				if !containsString(paras, s) {
					t.Errorf("paragraph %q lost:\n%s", s, doc.Text)
				}
			}
		})
	}
}

func TestEndsSentenceBeforeSpacedGuillemet(t *testing.T) {
	for _, s := range []string{"« Je compte encore.\u202f»", "« Then I count again. »", "He left.”"} {
		if !endsSentence(s) {
			t.Errorf("endsSentence(%q) = false", s)
		}
	}
	if endsSentence("« La route\u202f»") {
		t.Error("a title in guillemets ends no sentence")
	}
}
