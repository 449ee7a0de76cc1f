package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

func TestPromoOrReleaseHeadKind(t *testing.T) {
	tests := []struct {
		name string
		line string
		junk bool
	}{
		{"shop promo with its button", "Get your new away scarf The winter scarf in club colours is in the store now. Shop now", true},
		{"shop promo ending in buy online", "Buy the anniversary mug Printed with the 1962 team photo, while stocks last. Order online", true},
		{"reported sentence about buying kept", "Buy the tickets early, the club said, because the away end is small. Buy now", false},
		{"quoted promo kept", "Buy the shirt, “he told fans”, then went to the shop. Shop now", false},
		{"body sentence opening with buy kept", "Buy the house before the rates rise, one broker advised his clients last spring.", false},
		{"help box with a number", "Need help? Debt advice line: 0808 555 0199 (free) Citizens desk: 01632 555 0101", true},
		{"help box heading alone", "Need help?", true},
		{"help question in the body kept", "Need help with the new forms is what many tenants told the council they had.", false},
		{"help box reported kept", "Need help? Advice line: 0808 555 0199, the charity said in its leaflet.", false},
		{"labelled web address", "Complain to the regulator: ombudsman.example.org/complaints", true},
		{"labelled address after a sentence kept", "The rules changed. Details: in the small print", false},
		{"score is no web address", "Final score: 2.1 goals a game", false},
		{"citation with a doi", "Journal reference: Marsh K, Ode P et al. Sleep and screens in teenagers. Open Health, 2026. doi:10.4444/oh.2026.0031", true},
		{"citation with et al", "Paper: Lind A et al, River silt and trout spawning, Aqua Letters (2025)", true},
		{"reference label without a citation mark kept", "Reference: the council's own survey found the same gap in 2019.", false},
		{"excerpt heading in capitals", "EXTRACT FROM THE TRANSCRIPT, 4 MARCH 2026, PAGES 12–15", true},
		{"official report heading", "FROM THE OFFICIAL REPORT, 2 JUNE 2026, COL 88", true},
		{"excerpt heading in mixed case kept", "From the official report it is clear the minister misspoke", false},
		{"capitals sentence kept", "FROM THE START WE KNEW IT WOULD BE HARD.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := promoOrReleaseHeadKind(tt.line, strings.ToLower(tt.line), wordCount(tt.line)) != keep
			if got != tt.junk {
				t.Errorf("promoOrReleaseHeadKind(%q) junk %v, want %v", tt.line, got, tt.junk)
			}
		})
	}
}

func TestHelpBoxInMarkdownBetweenSections(t *testing.T) {
	page := "# Council tax bills rise again: what households can do\n\n" +
		"*Bills go up by five per cent in April. Here is where to turn.*\n\n" +
		"## Can I pay in more instalments?\n\n" +
		"Yes. The council says any household may spread the bill over twelve months instead of ten.\n\n" +
		"> **Need help?**\n> Money advice line: 0808 555 0142 (free, weekdays 9am–5pm)\n> Pensioners' helpdesk: 01632 555 0177\n> Apply for a discount online: counciltax.example.gov/discounts\n\n" +
		"## What if I cannot pay at all?\n\n" +
		"The council says it will not send bailiffs to anyone who has asked for help and kept to a plan.\n"
	doc, err := Clean("help.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "0808") || strings.Contains(doc.Text, "Need help") {
		t.Errorf("help box left in the text:\n%s", doc.Text)
	}
	if !strings.Contains(doc.Text, "ten.\n\nWhat if I cannot pay at all?") {
		t.Errorf("sections around the box not kept apart:\n%s", doc.Text)
	}
	found := false
	for _, r := range doc.Meta.Removed {
		if strings.Contains(r, "Need help?") {
			found = true
		}
	}
	if !found {
		t.Errorf("help box heading not in meta.removed: %q", doc.Meta.Removed)
	}
}

func TestDateOverHeadlineLeavesTheDek(t *testing.T) {
	// a date line above the headline is no byline between headline and dek
	page := "14 March 2026\n\n" +
		"Bus drivers accept pay offer after three months of talks\n\n" +
		"Services across the county will run normally from Monday under the new deal\n\n" +
		"Bus drivers at Greyline have voted to accept a pay offer worth 6 per cent, the drivers' union said on Friday.\n\n" +
		"The company said it was pleased the dispute was over.\n"
	doc, err := Clean("release.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if got := zoneText(doc, annotate.ZoneHeadline); got != "Bus drivers accept pay offer after three months of talks" {
		t.Errorf("headline %q", got)
	}
	if got := zoneText(doc, annotate.ZoneDek); got != "Services across the county will run normally from Monday under the new deal" {
		t.Errorf("dek %q", got)
	}
}
