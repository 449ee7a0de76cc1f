package ingest

import "testing"

// Labelled update notes in invented text, and lines that must stay.

func TestLabelledUpdateNote(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Update: This article has been updated with comments from the council.", true},
		{"UPDATE — This story was updated to include the coroner's findings.", true},
		{"Editor's note: This report has been updated to add the number of injured.", true},
		{"*Update: This article has been updated with a reported sighting.*", true},
		{"This article was first published at 7.05am and has been updated throughout the day.", true},
		{"This story was originally published on Tuesday and has been updated with the final results.", true},
		{"_This report was first posted at 11:20 and was updated at 15:00._", true},
		// near-misses: news about an update, a story changing, another page
		{"Update: The council has updated its guidance on bin collections.", false},
		{"Note: This story has been changing fast all morning.", false},
		{"Update: The encyclopedia article has been updated by volunteers.", false},
		{"This is the update the families had waited for.", false},
		{"This article was first published in The Conversation and is republished under a Creative Commons licence.", false},
		{"The plan was first published in March and has been updated twice since, the council said.", false},
		{"This article was first published at 7.05am. The council has updated its advice since.", false},
		{"Clarification: This piece has been amended to make clear the bridge is owned by the county.", false},
	} {
		if got := labelledUpdateNote(tc.s, wordCount(tc.s)); got != tc.want {
			t.Errorf("labelledUpdateNote(%q) = %v, want %v", tc.s, got, tc.want)
		}
		if got := classify(tc.s, wordCount(tc.s)) != keep; tc.want && !got {
			t.Errorf("classify(%q): kept", tc.s)
		}
	}
}
