package ingest

import (
	"regexp"
	"strings"
)

// reSubscriberNote matches a note pointing subscribers to a download:
// "Subscribers can download the full ruling from the Documents tab."
// The note names the place, a tab or a section of the site, and has no
// comma: "Subscribers can download the app, but …" is the story.
var reSubscriberNote = regexp.MustCompile(`^(?:Subscribers|Members|Premium (?:subscribers|members)) (?:can|may) (?:download|read|view|access|find) [^,;]{3,160} (?:from|in|at|via|on|under) (?:the|our) [^,;]{0,40}\b(?i:tab|section|page|area|library|archive|portal|website|site)\.$`)

// removeFactLinesAndSubscriberNotes removes a file card set on one line,
// a label in capitals and three or more fields between pipes ("SHIP FILE:
// Name | IMO 123 | Flag: Panama | Owner: …"), and a note telling
// subscribers where to download a document.
func removeFactLinesAndSubscriberNotes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" {
			continue
		}
		if factLine(u.text) || wc[i] <= 35 && reSubscriberNote.MatchString(u.text) {
			kinds[i] = junkChrome
			removed[i] = []string{u.text}
		}
	}
}

// factLine reports a label in capitals of one to three words, a colon, and
// four or more short fields between pipes, at least one of them "Key: value".
func factLine(s string) bool {
	label, rest, ok := strings.Cut(s, ": ")
	if !ok || wordCount(label) > 3 || !upperCase(label) {
		return false
	}
	fields := strings.Split(rest, " | ")
	if len(fields) < 4 {
		return false
	}
	keyed := 0
	for _, f := range fields {
		if wordCount(f) > 8 || endsSentence(f) && !strings.HasSuffix(f, ".") {
			return false
		}
		if k, _, ok := strings.Cut(f, ": "); ok && wordCount(k) <= 3 {
			keyed++
		}
	}
	return keyed >= 1
}
