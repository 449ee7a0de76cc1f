package ingest

import (
	"regexp"
	"strings"
)

// A paper owned by a union, a college or a society prints a disclaimer at
// the foot of its pages that the views in it are not the owner's ("Views
// expressed are not those of the Students' Union."), alone or after the
// colophon sentence it closes ("The Gazette is published by Harbour
// Media."). It is the publisher's notice, never the story's. A sentence
// that reports such a disclaimer ("the society said the views expressed
// were not those of its members") or quotes one stays.
var (
	reViewsDisclaimer = regexp.MustCompile(`^(?i:(?:the )?(?:views|opinions)(?: and opinions)? expressed(?: (?:in|on|by) [^.!?]{1,50})? (?:are|do) not (?:necessarily )?(?:those of|reflect|represent)\b)[^!?]{1,120}$`)
	rePublishedBy     = regexp.MustCompile(`^(?:The )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4} is (?:published|produced|printed) by (?:the )?\p{Lu}[^.!?]{2,80}$`)
)

// publisherDisclaimerLine classifies a line whose sentences are a views
// disclaimer, with at most colophon sentences before it; keep otherwise.
func publisherDisclaimerLine(s string, words int) junk {
	if words > 45 || strings.ContainsAny(s, "\"“”«»") || reported(strings.ToLower(s)) {
		return keep
	}
	sentences := strings.SplitAfter(s, ". ")
	if !reViewsDisclaimer.MatchString(strings.TrimSpace(sentences[len(sentences)-1])) {
		return keep
	}
	for _, sent := range sentences[:len(sentences)-1] {
		if !rePublishedBy.MatchString(strings.TrimSuffix(strings.TrimSpace(sent), ".")) {
			return keep
		}
	}
	return junkTrailer
}
