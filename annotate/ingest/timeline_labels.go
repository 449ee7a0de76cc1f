package ingest

import (
	"regexp"
	"strings"
)

// reTimelineLabel matches the label over a story's dated entries:
// "TIMELINE", "Timeline of events", "Key dates", "Chronology".
var reTimelineLabel = regexp.MustCompile(`^(?i:(?:a |the )?(?:timeline|chronology)(?: of (?:events|the (?:case|dispute|row|saga|crisis)))?|key dates|the key dates|how (?:it|events) unfolded)$`)

// reDatedEntry matches the opening of a dated entry: "12 March 2024 —",
// "March 12, 2024:", "June 2025 -", "2019:".
var reDatedEntry = regexp.MustCompile(`^(?:\d{1,2}(?:st|nd|rd|th)? \p{Lu}\p{Ll}+\.? \d{4}|\p{Lu}\p{Ll}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\p{Lu}\p{Ll}+ \d{4}|\d{4})\s*[—–:-]\s`)

// removeTimelineLabels takes the label over a timeline in a story's body
// ("TIMELINE" above "12 March 2024 — The council closes …"): a short line
// of its own that ends no sentence, with a dated entry as the next kept
// paragraph. The entries stay: they are the story's. The label over
// anything else ("Timeline" above a paragraph of prose) is left alone.
func removeTimelineLabels(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		label := strings.Trim(u.text, "*_#: ")
		if kinds[i] != keep || u.role != "" || wc[i] > 5 || endsSentence(label) || !reTimelineLabel.MatchString(label) {
			continue
		}
		j := nextKept(kinds, i+1)
		if j < 0 || units[j].role != "" || !reDatedEntry.MatchString(strings.TrimLeft(units[j].text, "*_•-– ")) {
			continue
		}
		kinds[i] = junkChrome
		removed[i] = []string{u.text}
	}
}
