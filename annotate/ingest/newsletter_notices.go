package ingest

import (
	"regexp"
	"strings"
)

// A parish or club newsletter closes on its standing notices: when the
// next meeting is ("Next Parish Council meeting: Tuesday 13 January,
// 7.30pm, Village Hall. All welcome."), when copy for the next issue is
// due ("Copy for the February issue to the Editor by 20 January please."),
// and a service's labelled number ("Floodline: 0345 988 1188 (24
// hours)"). They are the letter's furniture, not its reports: each is a
// label and a date or a number, never a reported sentence.
var (
	// reNextMeetingNotice matches the notice of the next meeting: a label
	// of a few words from "Next" to "meeting" and a colon, then a weekday
	// or a date.
	reNextMeetingNotice = regexp.MustCompile(`^(?:The )?[Nn]ext (?:[\p{L}'’-]+ ){0,4}(?:meeting|AGM|assembly|surgery|session)s?\s*(?:is|will be)?\s*[:—–-]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))`)
	// reCopyDeadline matches the call for copy: "Copy for the February
	// issue …", "Copy deadline for the next edition: …", "Deadline for
	// the spring issue: …".
	reCopyDeadline = regexp.MustCompile(`^(?i:(?:copy|contributions|items|articles)(?: deadline)? for|deadline for)(?: the)? (?:next|\p{L}+) (?:issue|edition|newsletter|magazine)\b`)
	// reServiceNumberLine matches a service's labelled number: a name
	// ending in a line's word ("Floodline", "Helpline", "Hotline",
	// "Advice line"), a colon, the number and perhaps its hours in
	// brackets.
	reServiceNumberLine = regexp.MustCompile(`^[\p{L}&'’ -]{0,50}(?i:line):\s*\+?\d[\d ]{5,14}\d(?:\s*\([^()]{1,30}\))?\.?$`)
)

// newsletterNotice reports a newsletter's standing notice (see above): a
// short line that reports nothing and holds no quotation.
func newsletterNotice(s, lower string, words int) bool {
	if words > 30 || strings.ContainsAny(s, "\"“”«»") || reported(lower) {
		return false
	}
	return reNextMeetingNotice.MatchString(s) || reCopyDeadline.MatchString(s) && words <= 20 && strings.Contains(lower, " by ") ||
		reServiceNumberLine.MatchString(s)
}
