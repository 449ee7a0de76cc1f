package ingest

import (
	"regexp"
	"strings"
)

// reReplyCall matches a newsletter's imperative call to answer it by
// e-mail, opening a sentence: "Reply to this week’s edition and tell us.",
// "Just hit reply and let us know", "Simply reply to this email".
var reReplyCall = regexp.MustCompile(`(?:^|[.?!…]\s+)(?i:(?:just |simply |or )?(?:reply to|respond to|write back to) (?:this|today['’]s|this week['’]s|this month['’]s|the|our) (?:week['’]s |day['’]s )?(?:email|e-mail|edition|newsletter|issue|message|mail|bulletin)|(?:just |simply )?hit reply)\b`)

// replyCall reports a newsletter's call for readers' tips by reply ("Heard
// something we should have included? Reply to this week’s edition and tell
// us."): an imperative "reply to this edition/email" opening a sentence of
// a short line that also asks the reader something or speaks of "us". A
// reported instruction ("Respond to the email within 24 hours, the letter
// warned") or a quoted one is article text.
func replyCall(s, lower string, words int) bool {
	if words > 30 || strings.ContainsAny(s, "\"“”«»") || reported(lower) {
		return false
	}
	loc := reReplyCall.FindStringIndex(s)
	if loc == nil {
		return false
	}
	return strings.Contains(s[:loc[1]], "?") || reUsWord.MatchString(lower)
}

// reUsWord matches the outlet speaking of itself to its readers.
var reUsWord = regexp.MustCompile(`\b(?:us|we)\b`)
