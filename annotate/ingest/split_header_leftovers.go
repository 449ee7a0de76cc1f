package ingest

import (
	"regexp"
	"strings"
)

// A mobile page scraped line by line breaks its header into single words:
// the byline's "By" on a line above the writer's name, and the share bar's
// counts ("1.4k", "212") on lines beside their "Share" and "Comments"
// labels. The labels and names go as header junk; the pieces they leave
// mean nothing alone and go with them.

// reBareCount matches a count alone on a line: "212", "1,204", "1.4k", "3M".
var reBareCount = regexp.MustCompile(`^\d{1,3}(?:[.,]\d{1,3})?[kKmM]?$`)

// counterLabels are the share-bar labels a count stands beside.
var counterLabels = setOf("share", "shares", "comment", "comments", "like", "likes", "reaction", "reactions", "repost", "reposts", "view", "views")

// removeSplitHeaderLeftovers removes a bare "By" whose next line is a
// removed byline or a run of names, and a bare count whose line above or
// below is a removed share-bar label (counterLabels). A count between two
// kept paragraphs, or a "By" over a sentence, stays.
func removeSplitHeaderLeftovers(units []unit, kinds []junk, removed [][]string) {
	n := len(units)
	for i, u := range units {
		if kinds[i] != keep || u.role != "" {
			continue
		}
		t := strings.TrimSpace(u.text)
		switch {
		case strings.EqualFold(strings.TrimSuffix(t, ":"), "by"):
			if i+1 < n && (kinds[i+1] == junkByline || kinds[i+1] == keep && isBylineNames(units[i+1].text)) {
				kinds[i] = junkByline
				removed[i] = []string{u.text}
			}
		case reBareCount.MatchString(t):
			if i > 0 && counterLabel(units[i-1].text, kinds[i-1]) || i+1 < n && counterLabel(units[i+1].text, kinds[i+1]) {
				kinds[i] = junkChrome
				removed[i] = []string{u.text}
			}
		}
	}
}

// counterLabel reports a removed share-bar label ("Share", "Comments").
func counterLabel(s string, k junk) bool {
	return k != keep && counterLabels[strings.ToLower(strings.TrimSpace(s))]
}
