package ingest

import "testing"

// A case study's asterisked footnote on a pseudonym, in wordings no fixture
// uses, beside sentences of a story that must stay.

func TestAnonymityFootnotes(t *testing.T) {
	for _, s := range []string{
		"*Names have been changed",
		"* Some names have been changed to protect their identities.",
		"†Not his real name",
		"*Her name has been changed at her request.",
	} {
		if k := anonymityFootnoteLine(s, wordCount(s)); k == keep {
			t.Errorf("footnote kept: %q", s)
		}
	}
	for _, s := range []string{
		"Her name has been changed, she said, because her former partner still lives nearby.",
		"Names have been changed on the war memorial after a mistake was found.",
		"*Tomasz, 41, has been changed by the experience, his sister said.",
		"*Offer ends Sunday",
	} {
		if k := anonymityFootnoteLine(s, wordCount(s)); k != keep {
			t.Errorf("story line taken as a footnote: %q", s)
		}
	}
}
