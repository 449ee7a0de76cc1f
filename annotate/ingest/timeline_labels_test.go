package ingest

import (
	"strings"
	"testing"
)

func TestTimelineLabel(t *testing.T) {
	entry := "4 May 2023 — The harbour board closes the slipway, saying the stones have shifted."
	prose := "The slipway has been shut for three years, and the board has changed its mind twice."
	tests := []struct {
		name        string
		label, next string
		removed     bool
	}{
		{"capitals over a dated entry", "TIMELINE", entry, true},
		{"key dates over a dated entry", "Key dates", entry, true},
		{"timeline of events over an American date", "Timeline of events", "May 4, 2023: The harbour board closes the slipway.", true},
		{"chronology over a year", "Chronology:", "2019 – The slipway is listed as a heritage structure.", true},
		{"timeline over prose kept", "TIMELINE", prose, false},
		{"a sentence naming the timeline kept", "The timeline slipped again.", entry, false},
		{"another heading over a dated entry kept", "WHAT HAPPENED NEXT", entry, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "Slipway to reopen after three years\n\n" +
				"The Aldwick slipway will reopen on Friday after repairs that took three years, the harbour board said.\n\n" +
				tt.label + "\n\n" + tt.next + "\n\n" +
				"Boat owners said they were glad to have it back before the summer.\n"
			doc, err := Clean("slipway.txt", []byte(page), KindText)
			if err != nil {
				t.Fatal(err)
			}
			gone := !strings.Contains(doc.Text, "\n\n"+tt.label+"\n\n")
			if gone != tt.removed {
				t.Errorf("%q removed %v, want %v:\n%s", tt.label, gone, tt.removed, doc.Text)
			}
			if tt.removed && !containsString(doc.Meta.Removed, tt.label) {
				t.Errorf("%q not in meta.removed: %q", tt.label, doc.Meta.Removed)
			}
			if !strings.Contains(doc.Text, strings.SplitN(tt.next, ":", 2)[0]) {
				t.Errorf("the entry under the label lost:\n%s", doc.Text)
			}
		})
	}
}

// TestCookieConsentBySiteUse: a banner that takes the reader's use of the
// site as consent goes; a reported sentence about such banners stays.
func TestCookieConsentBySiteUse(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Cookies help us run this site. By using our site, you agree to our use of cookies.", junkBanner},
		{"Cookies keep this page working. By continuing to read, you agree to them.", junkBanner},
		{"Most readers never notice the cookie notices they agree to, the study found.", keep},
		{"By using this site, readers agree to cookies, the regulator said in its ruling.", keep},
	})
}
