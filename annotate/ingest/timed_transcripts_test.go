package ingest

import (
	"strings"
	"testing"
)

// A broadcast transcript's running times go and its turns stay; timed lines
// that are no conversation keep their times. Invented pages.

const timedStory = "# Quarry plan splits Holnstead\n\n" +
	"The county council will decide next month whether the old quarry above Holnstead can reopen, a plan that has divided the village for two years.\n\n" +
	"The operator says the site would bring forty jobs. Residents fear lorries on the school road.\n\n" +
	"Our presenter put their concerns to the operator’s director. Here is the interview.\n\n"

func TestTimedTurnsLoseTheirStamps(t *testing.T) {
	page := timedStory +
		"[00:00:05] TOVE LINDQVIST: Anders Brack, thank you for joining us. Why should the village trust you with this?\n\n" +
		"[00:00:12] ANDERS BRACK: Because we will run the lorries outside school hours, and we have put that in writing.\n\n" +
		"[00:00:21] TOVE LINDQVIST: And the dust?\n\n" +
		"(00:00:25) ANDERS BRACK: The plant will be covered, and the council can close it if we break the terms.\n"
	doc, err := Clean("quarry.md", []byte(page), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"\n\nTOVE LINDQVIST: Anders Brack, thank you for joining us. Why should the village trust you with this?\n\n",
		"\n\nANDERS BRACK: Because we will run the lorries",
		"\n\nTOVE LINDQVIST: And the dust?\n\n",
		"\n\nANDERS BRACK: The plant will be covered",
	} {
		if !strings.Contains(doc.Text, s) {
			t.Errorf("turn %q not kept without its time:\n%s", strings.TrimSpace(s), doc.Text)
		}
	}
	if strings.Contains(doc.Text, "00:00") {
		t.Errorf("running times left:\n%s", doc.Text)
	}
	for _, s := range []string{"[00:00:05]", "[00:00:21]", "(00:00:25)"} {
		if !containsString(doc.Meta.Removed, s) {
			t.Errorf("running time %q not in meta.removed %q", s, doc.Meta.Removed)
		}
	}
}

func TestTimedLinesThatAreNoConversationStay(t *testing.T) {
	tests := []struct{ name, lines string }{
		// a running order: each label once, so no one speaks twice
		{"running order", "[00:00] Headlines: the quarry vote and the ferry strike\n\n" +
			"[04:30] Weather: a dry week ahead for the coast\n\n" +
			"[09:15] Sport: Holnstead Athletic reach the last eight\n"},
		// two timed turns make no transcript
		{"two turns", "[00:12] HOST: Will the quarry reopen?\n\n" +
			"[00:20] ANDERS BRACK: Not before the council votes in March.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Clean("quarry.md", []byte(timedStory+tt.lines), KindMarkdown)
			if err != nil {
				t.Fatal(err)
			}
			// each line stays whole, or goes whole (a running order is
			// furniture to other rules); its time is never cut from it
			for _, l := range strings.Split(strings.TrimSpace(tt.lines), "\n\n") {
				if !strings.Contains(doc.Text, l) && !containsString(doc.Meta.Removed, l) {
					t.Errorf("line %q cut:\n%s\nremoved %q", l, doc.Text, doc.Meta.Removed)
				}
			}
		})
	}
}

func TestConversationTurnIsNoReaderPromo(t *testing.T) {
	// the host's greeting and question to the guest has a promo's shape
	// (thanks for joining, a question with "you"); in a conversation it
	// is a turn
	turns := "HOST: Anders Brack, thank you for joining us. Why should the village pay for a road you will wear out?\n\n" +
		"ANDERS BRACK: We will pay for the road ourselves, and that is in the plan.\n\n" +
		"HOST: All of it?\n\n" +
		"ANDERS BRACK: Every metre of it, for as long as the quarry runs.\n"
	doc, err := Clean("quarry.md", []byte(timedStory+turns), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "HOST: Anders Brack, thank you for joining us.") {
		t.Errorf("host's opening turn lost:\n%s", doc.Text)
	}
	// a promo line under a label no one speaks under twice still goes
	promo := "SUBSCRIBERS: Thank you for joining us. Why not sign up to our weekly newsletter for just £1 a month?\n\n"
	doc, err = Clean("quarry.md", []byte(timedStory+promo+turns), KindMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(doc.Text, "weekly newsletter") {
		t.Errorf("promo line kept as a turn:\n%s", doc.Text)
	}
}
