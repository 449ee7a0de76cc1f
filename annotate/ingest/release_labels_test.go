package ingest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

func TestReleaseLabel(t *testing.T) {
	tests := []struct {
		name string
		line string
		junk bool
	}{
		{"news release for immediate use", "NEWS RELEASE — for immediate use", true},
		{"press release for immediate distribution", "Press release: for immediate distribution", true},
		{"media release embargoed", "MEDIA RELEASE | Embargoed until 00:01 Thursday 9 April", true},
		{"label alone", "NEWS RELEASE", true},
		{"label with a full stop", "Press release – immediate release.", true},
		{"body sentence naming a news release kept", "The ferry union said in a news release for immediate use that crews would strike.", false},
		{"sentence opening with the label kept", "News release times were moved to the afternoon after complaints from editors.", false},
		{"label and a story kept", "Press release: Ferry crews vote for action over pay", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := promoOrReleaseHeadKind(tt.line, strings.ToLower(tt.line), wordCount(tt.line)) != keep
			if got != tt.junk {
				t.Errorf("promoOrReleaseHeadKind(%q) junk %v, want %v", tt.line, got, tt.junk)
			}
		})
	}
}

// TestReleaseLabelBesideDate: the label beside the release's date is still
// the kind of page beside its date, furniture as a whole line; beside a
// story's words it is kept.
func TestReleaseLabelBesideDate(t *testing.T) {
	for _, tt := range []struct {
		line string
		junk bool
	}{
		{"News release · 9 March 2026", true},
		{"Press release | 9 March 2026", true},
		{"Press release · Ferry crews vote for action", false},
	} {
		if got := classify(tt.line, wordCount(tt.line)) != keep; got != tt.junk {
			t.Errorf("classify(%q) junk %v, want %v", tt.line, got, tt.junk)
		}
	}
}

// TestReleaseHeadOverHeadline: a pasted release's label, its issuer in
// capitals and a date above the headline are furniture; a headline set in
// capitals under the label stays the headline.
func TestReleaseHeadOverHeadline(t *testing.T) {
	body := "Ferry crews at Harwick Sound Lines have voted by four to one for action short of a strike, the Coastal Ferry Workers Union said on Monday.\n\n" +
		"The union said sailings to the islands had been cut by a third since the spring.\n\n" +
		"The company said it would meet the union on Thursday.\n"
	tests := []struct {
		name, page, headline, dek string
		removed                   []string
	}{
		{"label, issuer in capitals and a date",
			"NEWS RELEASE — for immediate use\nCOASTAL FERRY WORKERS UNION\n9 March 2026\n\n" +
				"Ferry crews vote for action over island sailings\n\n" +
				"Work to rule could begin before Easter as talks on the winter timetable stall\n\n" + body,
			"Ferry crews vote for action over island sailings",
			"Work to rule could begin before Easter as talks on the winter timetable stall",
			[]string{"NEWS RELEASE — for immediate use", "COASTAL FERRY WORKERS UNION"}},
		{"a headline in capitals under the label stays",
			"Press release: for immediate distribution\n\n" +
				"FERRY CREWS VOTE FOR ACTION OVER ISLAND SAILINGS\n\n" +
				"Work to rule could begin before Easter as talks on the winter timetable stall\n\n" + body,
			"FERRY CREWS VOTE FOR ACTION OVER ISLAND SAILINGS",
			"Work to rule could begin before Easter as talks on the winter timetable stall",
			[]string{"Press release: for immediate distribution"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("release.txt", []byte(tt.page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			if got := zoneText(doc, annotate.ZoneHeadline); got != tt.headline {
				t.Errorf("headline %q, want %q", got, tt.headline)
			}
			if got := zoneText(doc, annotate.ZoneDek); got != tt.dek {
				t.Errorf("dek %q, want %q", got, tt.dek)
			}
			for _, r := range tt.removed {
				if strings.Contains(doc.Text, r) {
					t.Errorf("%q left in the text", r)
				}
				found := false
				for _, m := range doc.Meta.Removed {
					found = found || strings.Contains(m, r)
				}
				if !found {
					t.Errorf("%q not in meta.removed: %q", r, doc.Meta.Removed)
				}
			}
			if !strings.Contains(doc.Text, "The company said it would meet the union on Thursday.") {
				t.Errorf("body lost:\n%s", doc.Text)
			}
		})
	}
}
