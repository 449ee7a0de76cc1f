package ingest

import (
	"strings"
	"testing"
)

func TestDonationBox(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Back the Hollin Ridge lifeboat The crew depends on gifts for every launch and every lifejacket. Donate today", true},
		{"Keep the hospice open. Give now", true},
		{"Donate now", true},
		{"Our shelter runs on goodwill alone · Donate", true},
		// near-misses: a sentence asking people to give, a call in the
		// middle, a sentence ending in a full stop after "donate"
		{"The chair of the appeal urged everyone who had been helped by the team to donate now", false},
		{"Donate now, she said, or the hut will close by spring.", false},
		{"He said he could not afford to donate.", false},
		{"Nobody told the volunteers how little they would be able to give today", false},
	} {
		if got := donationBox(strings.ToLower(tc.s), wordCount(tc.s)); got != tc.want {
			t.Errorf("donationBox(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
