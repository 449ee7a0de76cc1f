package ingest

import "testing"

// A wire's version note on a line of its own, in wordings no fixture uses,
// beside headlines with a version tag and story lines that must stay.

func TestWireVersionNotes(t *testing.T) {
	for _, s := range []string{
		"UPDATE 2-Adds mayor's statement, details of evacuation",
		"UPDATE 4-Recasts with police confirmation of arrests",
		"REFILE-Corrects spelling of coach's surname",
		"UPDATE 1-Updates casualty figures, adds rescue service comment",
	} {
		if k := wireVersionNoteLine(s, wordCount(s)); k == keep {
			t.Errorf("version note kept: %q", s)
		}
	}
	for _, s := range []string{
		"UPDATE 2-Harbour ferry operator suspends winter route",
		"UPDATE 1-Adds to losses as chip stocks slide",
		"UPDATE 3-Updates to tax code anger hill farmers",
		"Adds governor's comments, rescue coordinator",
		"The agency adds that rescue teams reached two villages by noon.",
	} {
		if k := wireVersionNoteLine(s, wordCount(s)); k != keep {
			t.Errorf("headline or story line taken as a version note: %q", s)
		}
	}
}
