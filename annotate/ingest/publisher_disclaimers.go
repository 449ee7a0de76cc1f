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
//
// An office-holder's own blog prints the same notice in the first person:
// "Views are my own, not the council's.", "All opinions here are my own",
// perhaps after a sentence saying whose blog it is ("This is my personal
// blog as a ward councillor.").
var (
	reViewsDisclaimer = regexp.MustCompile(`^(?i:(?:the )?(?:views|opinions)(?: and opinions)? expressed(?: (?:in|on|by) [^.!?]{1,50})? (?:are|do) not (?:necessarily )?(?:those of|reflect|represent)\b)[^!?]{1,120}$` +
		`|^(?i:(?:all )?(?:the )?(?:views|opinions)(?: (?:expressed|here|on this (?:blog|site|page)|in this (?:blog|post)))? (?:are|is) (?:entirely |solely )?(?:my|our) own)(?:[,;]? (?:and )?(?:not|do not|don't|does not|doesn't) [^!?]{1,100})?\.?$`)
	rePublishedBy = regexp.MustCompile(`^(?:The )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4} is (?:published|produced|printed) by (?:the )?\p{Lu}[^.!?]{2,80}$` +
		`|^(?i:this is (?:my|our) (?:own |personal |private |independent )?(?:blog|website|site|page|newsletter|account))\b[^.!?]{0,80}$`)
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
