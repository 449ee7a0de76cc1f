package ingest

import (
	"strings"
	"testing"
)

// A site's affiliate disclosure that runs on past a bare note (its
// independence and a "How we make money" link), in wordings no fixture
// uses, beside story sentences about commissions that must stay.
func TestAffiliateDisclosureLine(t *testing.T) {
	for _, s := range []string{
		"We may earn a commission if you buy through links on this page.",
		"We may receive a small fee when you switch through our links. It never changes which tariffs we rate or how we rate them. Why we do this",
		"We might get a share of the sale if you buy via links in this guide. Our writers never know which products pay us. Find out more",
	} {
		if k := boxOrNoteKind(s, strings.ToLower(s), wordCount(s)); k == keep {
			t.Errorf("affiliate disclosure kept: %q", s)
		}
	}
	for _, s := range []string{
		"We may earn a commission on every sale, the retailer's chief executive said, but customers will not pay more for their broadband.",
		"We get a fee from the council for every family we house, and the money has gone on repairs to the old school buildings since 2024.",
		"The broker admitted that it could receive a commission of up to 3% on each mortgage it arranged through the scheme for first-time buyers in the county.",
	} {
		if k := boxOrNoteKind(s, strings.ToLower(s), wordCount(s)); k != keep {
			t.Errorf("story sentence taken as an affiliate disclosure: %q", s)
		}
	}
}
