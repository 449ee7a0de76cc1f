package ingest

import (
	"strings"
	"testing"
)

// Excerpt labels, source citations, information-only disclaimers and a
// draft's notes to the desk, in wordings no fixture uses, beside lines of a
// story that must stay.

func TestLabelCitationDisclaimerKinds(t *testing.T) {
	for _, s := range []string{
		"Transcript excerpt",
		"Excerpts from the judgment:",
		"Extract of the letter",
		"Source: Hansard, written answers, HC2210, HC2214.",
		"Source: Planning register, Table 4.",
		"Source: Annual accounts, 2025.",
		"This page is for information only and does not constitute financial advice.",
		"This note is provided for information purposes only.",
		"SLUG: harbour-dues | DRAFT 3 | for Fri print",
		"Words: 612",
		"Word count: 540 (budget 500)",
		"ENDS. Photos: Sam has the pier shots. Subs: hold until the vote.",
	} {
		if k := labelCitationOrDisclaimerKind(s, strings.ToLower(s), wordCount(s)); k == keep {
			t.Errorf("kept %q", s)
		}
	}
}

func TestLabelCitationDisclaimerNearMissesStay(t *testing.T) {
	for _, s := range []string{
		"Transcript excerpts show the minister knew of the leak in May.",
		"Extract of vanilla is the only flavouring the bakery uses.",
		"Source: filings show the deal closed in 2024.",
		"Source: the harbour master said the pier was safe, 2024.",
		"This article is for information only because the bank declined to comment.",
		"This advice is for information only, the regulator said.",
		"Slugs and snails ate most of the lettuce, the growers said.",
		"Words: a new poetry prize opens to entrants under 18.",
		"Ends justify the means, the councillor said.",
		"ENDS OF THE EARTH: the band's new tour starts in March.",
	} {
		if k := labelCitationOrDisclaimerKind(s, strings.ToLower(s), wordCount(s)); k != keep {
			t.Errorf("took %q as %v", s, k)
		}
	}
}
