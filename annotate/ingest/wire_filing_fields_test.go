package ingest

import "testing"

// Filing-field lines of wire stories, in wordings no fixture uses, beside
// lines with a label and colon that are text.

func TestWireFilingFields(t *testing.T) {
	for _, s := range []string{
		"Category: Politics / Elections    Urgency: 3    Words: 610",
		"Priority: 1 | Section: Business | Word count: 420",
		"Desk: Foreign\tKeywords: FLOODS/RELIEF",
		"Section: World / Asia    Filed: 2026-11-02 08:10 JST    Ref: KNA-EN-1102-0042",
		"Filed at: 06:55 GMT | Transmitted: 07:02 GMT",
	} {
		if !wireFilingFields(s, wordCount(s)) {
			t.Errorf("filing fields not found: %q", s)
		}
	}
	for _, s := range []string{
		"Priority: the patients who have waited longest",
		"Category: Best newcomer. Winner: Hollis Farm Shop",
		"Home    Away    Score",
		"Venue: Town Hall    Doors: 7pm",
		"Venue: Ardlish Park    Ref: Tom Haddow",
		"Section: 4 of the act applies.    Filed: by the council.",
	} {
		if wireFilingFields(s, wordCount(s)) {
			t.Errorf("not filing fields, taken as them: %q", s)
		}
	}
}
