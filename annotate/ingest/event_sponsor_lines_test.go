package ingest

import "testing"

// An event's sponsor credits run into one line, in wordings no fixture
// uses, beside sponsor sentences that report news and must stay.
func TestEventSponsorLines(t *testing.T) {
	for _, s := range []string{
		"The Kelmouth Half Marathon is presented by Tarn Building Society. Official timing partner: RaceClock. First aid by Kelmouth Red Cross.",
		"The Riverside Folk Festival is sponsored by Oldmill Brewery. Media partner: Radio Estry.",
		"The Great Coast Cycle is supported by Harlow Motors. Official kit supplier: Velo North. Event medical services provided by Medi-Event Ltd.",
	} {
		if !eventSponsorLine(s, wordCount(s)) {
			t.Errorf("sponsor line not found: %q", s)
		}
	}
	for _, s := range []string{
		"The Kelmouth Half Marathon is presented by Tarn Building Society.",
		"The marathon is sponsored by Tarn Building Society. The society said it would give £5 for every finisher to the lifeboat station.",
		"The festival is sponsored by Oldmill Brewery. \"We are proud to be involved,\" said its owner.",
		"The bridge was designed by Ove Lund. It was built by Harlan Steel.",
		"Runners were treated by paramedics. Three were taken to hospital by ambulance after collapsing near the finish.",
	} {
		if eventSponsorLine(s, wordCount(s)) {
			t.Errorf("not a sponsor line, taken as one: %q", s)
		}
	}
}
