package ingest

import (
	"strings"
	"testing"
)

// Call notices in results releases, in wordings no fixture uses: the
// heading and the notice with its dial-in go; a report of what was said on
// a call, or a call named without the means to join it, stays.

func TestCallNoticeRemoved(t *testing.T) {
	page := "Kelmouth Ferry Company lifts profit forecast\n\n" +
		"KELMOUTH, March 3 -- The Kelmouth Ferry Company said on Tuesday that profit for the year would beat its earlier forecast after a busy summer on the island routes.\n\n" +
		"Chief executive Mara Quill said the new evening boats had carried more people than planned.\n\n" +
		"Webcast and conference call\n" +
		"The company will hold a webcast for investors at 14:00 CET. Toll-free number 0800 555 0199, access code 77120#. The replay is available for 30 days.\n\n" +
		"About Kelmouth Ferry Company\n\n" +
		"Kelmouth Ferry Company runs boats to four islands.\n"
	doc, err := Clean("ferry.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, []string{
		"Webcast and conference call",
		"The company will hold a webcast for investors at 14:00 CET. Toll-free number 0800 555 0199, access code 77120#. The replay is available for 30 days.",
	})
	if !strings.Contains(doc.Text, "had carried more people than planned.") {
		t.Errorf("story lost:\n%s", doc.Text)
	}
}

func TestCallNotice(t *testing.T) {
	tests := []struct {
		para string
		want bool
	}{
		{"Executives will discuss the results on an earnings call at 8 a.m. ET; dial-in 1-800-555-0142, conference ID 55103.", true},
		{"A conference call for analysts starts at 10:30 BST (passcode 2291).", true},
		// near-misses: a call reported, a call without the means to join it
		{"On a conference call with analysts, Ms Quill said the company would not cut routes.", false},
		{"Analysts who dial in to the webcast will hear from the chairman, the company told shareholders.", false},
		{"The company will hold a conference call on Thursday to explain the delay.", false},
		{"Enter your passcode to read the rest of this story.", false},
	}
	for _, tt := range tests {
		if got := callNotice(strings.ToLower(tt.para)); got != tt.want {
			t.Errorf("callNotice(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
}
