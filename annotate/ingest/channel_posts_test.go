package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// A news channel's posts exported from a messaging app, in wordings no
// fixture uses: the story post stays under its title, the channel's card
// and its other posts go; a group chat's export and lines that only look
// like a card are left alone.

func TestChannelCardLines(t *testing.T) {
	names := []struct {
		line string
		want bool
	}{
		{"Kelby Courier ✔", true},
		{"Harbour Radio ✅", true},
		{"Dunmore Times ✓", true},
		// near-misses: a checklist item and a sentence
		{"passports ✓", false},
		{"The ferry sailed on time ✓ and the buses waited.", false},
	}
	for _, tt := range names {
		if got := reVerifiedName.MatchString(tt.line); got != tt.want {
			t.Errorf("reVerifiedName(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
	counts := []struct {
		line string
		want bool
	}{
		{"48,312 subscribers", true},
		{"12.4K followers · 310 posts", true},
		{"2 108 members", true},
		// near-misses: a sentence and a label with a count in it
		{"The channel had 48,312 subscribers by March.", false},
		{"Members: 2,108", false},
	}
	for _, tt := range counts {
		if got := reAudienceCount.MatchString(tt.line); got != tt.want {
			t.Errorf("reAudienceCount(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

const channelExport = `Kelby Courier ✅
9,870 subscribers

Kelby Courier, [12.03.2026 08:15]
Forwarded from Kelby Courier Live
🚒 Warehouse fire closes ring road for the morning

Firefighters spent five hours on the blaze at the old seed store

KELBY (Courier) — A fire at a disused warehouse on Mill Lane closed the ring road for most of Thursday morning as crews from three stations fought the flames.

The fire service said it was called at 4.50am and that nobody had been inside the building when the roof collapsed.

Station manager Ewan Dalgleish said crews had stopped the fire spreading to the timber yard next door, which he called “the real worry of the night”.

The road reopened at 11am. Police asked anyone who saw people near the warehouse overnight to contact them.

#Kelby #fire
👁 5.2K · 08:15
🔥 40   😮 12

Kelby Courier, [12.03.2026 09:02]
The ring road is open again in both directions, the council has confirmed.
👁 3.1K
`

func TestChannelExportKeepsStoryPost(t *testing.T) {
	doc, err := Clean("channel.txt", []byte(channelExport), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if got := zoneText(doc, annotate.ZoneHeadline); got != "Warehouse fire closes ring road for the morning" {
		t.Errorf("headline %q", got)
	}
	if got := zoneText(doc, annotate.ZoneDek); got != "Firefighters spent five hours on the blaze at the old seed store" {
		t.Errorf("dek %q", got)
	}
	if !strings.HasSuffix(doc.Text, "to contact them.") {
		t.Errorf("body end:\n%s", doc.Text)
	}
	for _, gone := range []string{"✅", "subscribers", "[12.03.2026", "Forwarded from", "🚒", "#Kelby", "👁", "open again in both directions"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("export furniture %q left:\n%s", gone, doc.Text)
		}
	}
	removed := strings.Join(doc.Meta.Removed, "\n")
	for _, kept := range []string{"9,870 subscribers", "Forwarded from Kelby Courier Live", "The ring road is open again in both directions, the council has confirmed."} {
		if !strings.Contains(removed, kept) {
			t.Errorf("%q not in meta.removed", kept)
		}
	}
}

func TestChannelExportNearMisses(t *testing.T) {
	tests := []struct {
		name, page string
		keep       []string
	}{
		{
			"a group chat: the headers carry two names",
			strings.Replace(channelExport, "Kelby Courier, [12.03.2026 09:02]", "Ann Mearns, [12.03.2026 09:02]", 1),
			[]string{"open again in both directions"},
		},
		{
			"a story with a checklist over a count",
			`Volunteers sign up in record numbers for the beach clean

More than 400 people have signed up for Saturday’s beach clean at Kelby Sands, the organisers said on Monday.

The group’s coordinator, Fiona Rae, said the sign-up page had been shared widely on social media.

Gloves ✓
Litter pickers ✓
Bin bags ✓
120 members
She said the group would need more bags than ever before and asked shops to donate them.
`,
			[]string{"Bin bags ✓", "120 members"},
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
