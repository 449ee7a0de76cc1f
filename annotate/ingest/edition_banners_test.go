package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// Edition banners of text-only and lite sites, in wordings no fixture
// uses: the banner goes and the standfirst keeps its place under the
// headline; prose about a site or a version stays.

func TestEditionBanner(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Text-only edition | Switch to full site", true},
		{"Lite version · View the standard site", true},
		{"Low-bandwidth version", true},
		{"[Go to the desktop version]", true},
		{"Mobile site | Back to classic view", true},
		// near-misses: a story's lines about sites and versions
		{"Full site visit postponed until spring", false},
		{"View the full report", false},
		{"Mobile version of the ferry app launches next week", false},
		{"Text-only edition: no pictures, no adverts.", false},
		{"Switch to full site | Sport | Weather", false},
	}
	for _, tt := range tests {
		if got := editionBanner(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("editionBanner(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestEditionBannerLeavesStandfirstInPlace(t *testing.T) {
	page := `<html><head><title>Pier repairs to cost twice the estimate - Elmbridge Post (lite)</title></head><body>
<p><b>Lite version</b> · <a href="https://elmbridgepost.example/news/pier">View the standard site</a></p>
<hr>
<h1>Pier repairs to cost twice the estimate</h1>
<p><i>Engineers found rot in the pier’s iron piles that the first survey missed, the council says</i></p>
<p>ELMBRIDGE — Repairs to Elmbridge pier will cost £3.4 million, nearly twice the council’s estimate last spring, after engineers found corroded piles under the pavilion, councillors were told on Thursday.</p>
<p>The council’s head of assets, Joan Pellow, said the first survey had been carried out from boats at high tide and “could not have seen what we have now seen”.</p>
<p>The pier has been closed since June. The council said it hoped to reopen the first 200 metres by Easter.</p>
</body></html>`
	doc, err := Clean("pier.html", []byte(page), KindHTML)
	if err != nil {
		t.Fatal(err)
	}
	if got := zoneText(doc, annotate.ZoneDek); got != "Engineers found rot in the pier’s iron piles that the first survey missed, the council says" {
		t.Errorf("dek %q", got)
	}
	for _, gone := range []string{"Lite version", "View the standard site"} {
		if strings.Contains(doc.Text, gone) {
			t.Errorf("edition banner %q left:\n%s", gone, doc.Text)
		}
	}
}
