package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// Pages saved from feed readers, in wordings no fixture uses: only the
// open item's article stays, under its title as the headline; a story
// with a play button or a list of points behind triangles is left alone.

func TestFeedMetaAndActions(t *testing.T) {
	metas := []struct {
		line string
		want bool
	}{
		{"Kelby Courier · 3h ago", true},
		{"Dunmore Times | 2 days ago", true},
		{"Kelby Courier · Rhona Vale · 14:05", true},
		{"Riverside Weekly · yesterday", true},
		{"Kelby Courier · 12 March 2026", true},
		// near-misses: prose and labels with a dot between parts
		{"Turnout was low · the count ran late", false},
		{"The ferry left at 9:40am · late again.", false},
		{"Kelby Courier · Sport · Weather", false},
		{"news · 3h ago", false},
	}
	for _, tt := range metas {
		if got := feedMeta(tt.line); got != tt.want {
			t.Errorf("feedMeta(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	actions := []struct {
		line string
		want bool
	}{
		{"Open original · Mark as unread · Star", true},
		{"Visit site | Save for later | Share | Copy link", true},
		{"Mark all as read | Refresh | Sort: Oldest first", true},
		// near-misses: a menu and a sentence with the same words
		{"Home | News | Sport | Share", false},
		{"Save | the date | for the fair", false},
		{"Share your views with the council by Friday.", false},
	}
	for _, tt := range actions {
		if got := feedActions(tt.line); got != tt.want {
			t.Errorf("feedActions(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

const feedPage = `Quillfeed
All (88)   Unread (12)
Find in feeds…

County — Kelby Courier
Mark all as read | Refresh

▶ Skate park plans go on show
Kelby Courier · 2h ago
Residents can see the designs at the library until Friday, the council said…
Open original · Mark as unread · Star

▼ Ferry fares frozen for island residents until 2028
Kelby Courier · Rhona Vale · 8:15am
Open original · Mark as unread · Star

Island residents will pay the same ferry fares for the next two years after the operator agreed a freeze with the harbour board on Wednesday.

The board’s chair, Colin Arbuthnot, said the freeze would “take one worry off every household on the island”.

The operator said rising fuel costs would be met from its reserves and that timetables would not change.

Open original · Mark as unread · Star · Share

▶ Lifeboat crew called out twice in one night
Dunmore Times · 1d ago
The crew were paged at midnight and again at 4am, the station said…
Open original · Mark as unread · Star

That’s all for now.

Quillfeed 1.4 · Shortcuts: n next, p previous · Settings
`

func TestFeedReaderPageKeepsOpenItem(t *testing.T) {
	doc, err := Clean("feed.txt", []byte(feedPage), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if got := zoneText(doc, annotate.ZoneHeadline); got != "Ferry fares frozen for island residents until 2028" {
		t.Errorf("headline %q", got)
	}
	if got := zoneText(doc, annotate.ZoneDek); got != "" {
		t.Errorf("dek %q", got)
	}
	if !strings.HasPrefix(zoneText(doc, annotate.ZoneBody), "Island residents will pay") ||
		!strings.HasSuffix(doc.Text, "timetables would not change.") {
		t.Errorf("body:\n%s", doc.Text)
	}
	for _, gone := range []string{"Quillfeed", "Find in feeds", "Kelby Courier", "Skate park", "library until Friday",
		"Lifeboat crew", "paged at midnight", "Open original", "That’s all for now", "Shortcuts"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("feed furniture %q left:\n%s", gone, doc.Text)
		}
	}
	removed := strings.Join(doc.Meta.Removed, "\n")
	for _, kept := range []string{"Find in feeds…", "▶ Lifeboat crew called out twice in one night", "Dunmore Times · 1d ago"} {
		if !strings.Contains(removed, kept) {
			t.Errorf("%q not in meta.removed", kept)
		}
	}
}

func TestFeedReaderPageNearMisses(t *testing.T) {
	tests := []struct {
		name, page string
		keep       []string
	}{
		{
			"no open item",
			strings.Replace(feedPage, "▼ Ferry", "▶ Ferry", 1),
			[]string{"Island residents will pay", "Find in feeds…"},
		},
		{
			"two open items",
			strings.Replace(feedPage, "▶ Skate", "▼ Skate", 1),
			[]string{"Island residents will pay", "Find in feeds…"},
		},
		{
			"a story with a play button and a list of points",
			`Harbour wall to be rebuilt after storm damage

The harbour wall at Kelby will be rebuilt over the winter after last month’s storm tore a gap in it, the council said on Tuesday.

▶ Watch the storm hit the harbour

The work will take four months. The council’s engineer, Mairi Doig, said the new wall would be a metre higher.

▸ The wall was built in 1880
▸ Repairs will cost £2.1 million

Fishing boats will use the north quay while the work goes on.
`,
			[]string{"The harbour wall at Kelby will be rebuilt", "Fishing boats will use the north quay"},
		},
	}
	for _, tt := range tests {
		doc, err := Clean("page.txt", []byte(tt.page), KindText)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range tt.keep {
			if !strings.Contains(doc.Text, k) {
				t.Errorf("%s: %q lost:\n%s", tt.name, k, doc.Text)
			}
		}
	}
}
