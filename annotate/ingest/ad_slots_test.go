package ingest

import (
	"strings"
	"testing"
)

func adSlotsPage(slot string) string {
	return `<!doctype html><html><head><title>Harbour wall repairs finished a month early | Porthcove Post</title></head><body>
<article><h1>Harbour wall repairs finished a month early</h1>
<p>Repairs to the harbour wall at Porthcove were finished on Tuesday, a month ahead of schedule, after a dry spring let the contractors work through most weekends.</p>
<p>The harbour master, Jory Keast, said the fishing fleet would be back on its usual moorings by the weekend and thanked the crews for their patience through the winter.</p>
` + slot + `
<p>The work cost £1.4 million, most of it paid by the county council, and included new steps down to the beach for the lifeguards and the rowing club.</p>
<p>A second phase, to raise the wall by half a metre against storm surges, is due to start in the autumn if the council approves the money.</p>
</article></body></html>`
}

func TestAdSlotsDropped(t *testing.T) {
	ads := []struct{ slot, ad string }{
		{`<div class="ad-slot"><p class="ad-label">Advertisement</p><p>Polgrean Motors. Servicing Porthcove cars since 1964. Call 01326 555 0142.</p></div>`,
			"Polgrean Motors. Servicing Porthcove cars since 1964. Call 01326 555 0142."},
		{`<aside id="advert-3"><span>Sponsored</span><p>Kelly's Bakery. Fresh saffron buns every morning on Quay Street.</p></aside>`,
			"Kelly's Bakery. Fresh saffron buns every morning on Quay Street."},
		{`<div class="inline dfp-ad"><p>ADVERTISEMENT</p><p>Trenoweth Estate Agents. Selling homes on the Lizard for three generations.</p></div>`,
			"Trenoweth Estate Agents. Selling homes on the Lizard for three generations."},
	}
	for _, c := range ads {
		doc, err := Clean("harbour.html", []byte(adSlotsPage(c.slot)), KindHTML)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(doc.Text, c.ad) {
			t.Errorf("advertisement %q left:\n%s", c.ad, doc.Text)
		}
	}
	// near-misses: an ad-looking class without a label, a label-like first
	// word in a box that is no ad slot, and a long "ad" wrapper
	kept := []struct{ slot, text string }{
		{`<div class="header-note"><p>Advertisement</p><p>The harbour office has kept its old brass advertisement board for the lifeboat fete above the door.</p></div>`,
			"kept its old brass advertisement board"},
		{`<div class="ad-free"><p>Members read without adverts. The harbour office opens at nine on weekdays and at ten on Saturdays.</p></div>`,
			"The harbour office opens at nine"},
		{`<div class="shadow-box"><p>Sponsored</p><p>The regatta's rowing races were sponsored by the harbour commissioners this year, the first time since 1998.</p></div>`,
			"The regatta's rowing races were sponsored"},
	}
	for _, c := range kept {
		doc, err := Clean("harbour.html", []byte(adSlotsPage(c.slot)), KindHTML)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc.Text, c.text) {
			t.Errorf("%q lost:\n%s", c.text, doc.Text)
		}
	}
}
