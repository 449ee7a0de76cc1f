package ingest

import "testing"

// A society paper's disclaimer, alone or after its colophon, in wordings no
// fixture uses, beside sentences of a story that must stay.

func TestPublisherDisclaimers(t *testing.T) {
	for _, s := range []string{
		"Views expressed are not those of the Guild of Students.",
		"The Lantern is published by Ashcombe Student Press. Opinions expressed in the paper do not necessarily reflect those of the college.",
		"The views expressed in this magazine are not necessarily those of the Ramblers' Society or its committee.",
		"The Bell is printed by Carrow Print. The views and opinions expressed do not represent the parish council.",
	} {
		if k := publisherDisclaimerLine(s, wordCount(s)); k == keep {
			t.Errorf("disclaimer kept: %q", s)
		}
	}
	for _, s := range []string{
		"The society said the views expressed were not those of its members.",
		"\"Views expressed are not those of the union,\" the president told the meeting.",
		"Critics argued that the views expressed by the speaker are not those of most students, and the debate ran late.",
		"The Lantern is published by Ashcombe Student Press, which lost its grant this year.",
		"Views expressed at the meeting were angry, and the vote was put off until March.",
	} {
		if k := publisherDisclaimerLine(s, wordCount(s)); k != keep {
			t.Errorf("story sentence taken as a disclaimer: %q", s)
		}
	}
}
