package ingest

import (
	"regexp"
	"strings"
)

// reUpdateLabel matches the label a developing story puts over each block
// of it: "UPDATE 3 — 16:05 GMT", "Update: 11.05am", "Original story —
// 09:40 GMT". The time is what makes it a label: "Update 3 — police name
// the driver" is a heading of the story.
var reUpdateLabel = regexp.MustCompile(`^(?i:updated?(?:\s+\d{1,2})?|original (?:story|article|report|post|version))\s*[—–:|-]?\s*(?i:at\s+)?\d{1,2}[:.]\d{2}\s*(?i:am|pm|a\.m\.|p\.m\.)?\s*(?:\(?[A-Z]{2,5}\)?)?$`)

// reUpdatingNotice matches a developing story's notice that it is still
// being written: "This story is being updated as more information becomes
// available." A story about something updated says what with: "This
// story is being updated for the stage" runs on.
var reUpdatingNotice = regexp.MustCompile(`^(?i:this (?:story|article|report|page|post) (?:is being|will be|will continue to be|is) (?:regularly |continually |constantly )?updated(?:$|[.!]|\s+(?:as|with|throughout|regularly|when)\b))`)

// removeUpdateLabels removes a developing story's update labels and its
// notice that the story is being updated, each on a line of its own.
func removeUpdateLabels(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 30 {
			continue
		}
		t := strings.Trim(u.text, "*_ ")
		if wc[i] <= 6 && reUpdateLabel.MatchString(t) || reUpdatingNotice.MatchString(t) && !strings.ContainsAny(t, "\"“”") {
			kinds[i] = junkChrome
			removed[i] = []string{u.text}
		}
	}
}
