package ingest

import "testing"

// External-link notices in invented text, and sentences that must stay.

func TestExternalLinkDisclaimer(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Harbour Radio is not responsible for the content of external sites.", true},
		{"The Kelmouth Courier is not responsible for the content of external websites.", true},
		{"North Vale TV is not responsible for the content of external sites. Read about our approach to external linking.", true},
		{"Westfield Online is not responsible for the content of third-party sites", true},
		// near-misses: reported, qualified or quoted
		{"The council said it was not responsible for the content of external sites.", false},
		{"The platform is not responsible for the content of external sites, its lawyers argued in court.", false},
		{"\"We are not responsible for the content of external sites,\" the firm said.", false},
		{"The host is not responsible for the content users post, the judge ruled.", false},
	} {
		if got := externalLinkDisclaimer(tc.s, wordCount(tc.s)); got != tc.want {
			t.Errorf("externalLinkDisclaimer(%q) = %v, want %v", tc.s, got, tc.want)
		}
		if got := classify(tc.s, wordCount(tc.s)) == junkTrailer; tc.want && !got {
			t.Errorf("classify(%q): not a trailer", tc.s)
		}
	}
}
