package ingest

import (
	"strings"
	"testing"
)

// TestCapitalSectionHeading: a report in sections keeps its first heading
// in capitals under the headline; a label ("EXCLUSIVE", "DEVELOPING
// STORY") over a story without such sections goes.
func TestCapitalSectionHeading(t *testing.T) {
	body := "\n\nThe river rose by two metres overnight and reached the top of the flood wall at dawn on Sunday.\n\n"
	tests := []struct {
		name, page, label string
		kept              bool
	}{
		{"sectioned report", "River Arden floods lower town as rain continues\n\nCURRENT SITUATION" + body +
			"ROAD CLOSURES\n\nThe A40 is closed between the bridge and the bypass until the water drops, police said.\n\n" +
			"WEATHER\n\nForecasters said a further 30mm of rain was likely on Monday across the upper valley.\n", "CURRENT SITUATION", true},
		{"sectioned, three sections", "Hospital cuts waiting times for hip operations\n\nSUMMARY" + body +
			"THE FIGURES\n\nWaiting times fell from 41 weeks to 30 over the year, according to the trust report.\n\n" +
			"WHAT COMES NEXT\n\nThe trust said it would open a second theatre for hip operations in the spring.\n", "SUMMARY", true},
		{"sectioned, sub-headings with words", "Schools reopen after storm damage is repaired\n\nOVERVIEW" + body +
			"REPAIRS\n\nBuilders worked through the weekend to make the roofs of both schools safe again.\n\n" +
			"TRANSPORT\n\nBuses will run to the usual timetable from Monday morning, the council said.\n", "OVERVIEW", true},
		{"label over a plain story", "River Arden floods lower town as rain continues\n\nDEVELOPING STORY" + body +
			"Police closed the A40 between the bridge and the bypass until the water drops.\n", "DEVELOPING STORY", false},
		{"label word even with sections", "River Arden floods lower town as rain continues\n\nEXCLUSIVE" + body +
			"ROAD CLOSURES\n\nThe A40 is closed between the bridge and the bypass until the water drops, police said.\n\n" +
			"WEATHER\n\nForecasters said a further 30mm of rain was likely on Monday across the upper valley.\n", "EXCLUSIVE", false},
		{"one later heading only", "River Arden floods lower town as rain continues\n\nLIVE COVERAGE" + body +
			"WEATHER\n\nForecasters said a further 30mm of rain was likely on Monday across the upper valley.\n", "LIVE COVERAGE", false},
	}
	for _, tt := range tests {
		doc, err := Clean("report.txt", []byte(tt.page), KindText)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(doc.Text, "\n\n"+tt.label+"\n\n"); got != tt.kept {
			t.Errorf("%s: %q kept %v, want %v:\n%s", tt.name, tt.label, got, tt.kept, doc.Text)
		}
	}
}
