package ingest

import (
	"strings"
	"testing"
)

// Labelled titles over plain-text tables, in wordings no fixture uses,
// beside lines that are no such title.

func TestTableTitleLabels(t *testing.T) {
	for _, s := range []string{
		"HOW THE WARDS VOTED: share of the vote by party, % of valid ballots",
		"WAITING TIMES AT A GLANCE: median weeks from referral to treatment",
		"TOP SCORERS THIS SEASON: league goals only, cup games excluded",
	} {
		if !tableTitleLabel(s, wordCount(s)) {
			t.Errorf("table title not found: %q", s)
		}
	}
	for _, s := range []string{
		"HOW THE WARDS VOTED: every ward but one backed the plan.",
		"Waiting times at a glance: the median wait is now 19 weeks",
		"NOTE: figures are rounded and may not add up to the totals shown in the rows below this line",
		"READ: the council's full report",
	} {
		if tableTitleLabel(s, wordCount(s)) {
			t.Errorf("not a table title, taken as one: %q", s)
		}
	}

	page := "Crowds gathered outside the town hall as the count went on late into the night, and the result came just before two.\n\n" +
		"HOW THE WARDS VOTED: share of the vote by party, % of valid ballots\n" +
		"Ward            Labour    Green    Reform\n" +
		"Holloway        41.2      33.0     12.9\n" +
		"Carrow North    38.7      21.4     22.5\n" +
		"Fenwick         29.9      18.1     35.0\n\n" +
		"The returning officer said turnout had been higher than at any local election since 2012.\n"
	doc, err := Clean("count.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "HOW THE WARDS VOTED") || !strings.Contains(doc.Text, "turnout had been higher") {
		t.Errorf("table title left or text lost:\n%s", doc.Text)
	}
}
