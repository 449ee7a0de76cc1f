package ingest

import "testing"

// Service banners whose agency name is joined by hyphens, as transliterated
// names are, beside lines with a free-standing hyphen that must stay.
func TestWireServiceBannerHyphens(t *testing.T) {
	for _, s := range []string{
		"AL-QADR NEWS AGENCY (QNA) - ENGLISH SERVICE",
		"BEN-ARI PRESS AGENCY -- WORLD SERVICE",
		"EL-NOUR NEWS AGENCY | ENGLISH DESK",
	} {
		if !serviceBanner(s) {
			t.Errorf("banner not found: %q", s)
		}
	}
	for _, s := range []string{
		"AL-QADR - NEWS AGENCY - ENGLISH SERVICE",
		"STRIKE - NEWS AGENCY STAFF WALK OUT - NO SERVICE",
		"Al-Qadr News Agency (QNA) - English Service",
	} {
		if serviceBanner(s) {
			t.Errorf("not a banner, taken as one: %q", s)
		}
	}
}
