package ingest

import (
	"regexp"
	"strings"
)

// rePostViewLink matches the link an embedded post closes on, after its
// stamp and counters: "View on X", "View on Instagram", "Open in Threads".
var rePostViewLink = regexp.MustCompile(` (?:View|See|Open) (?:on|in) \p{Lu}[\p{L}]{0,15}$`)

// postFooterLine reports the footer of a social post embedded in a page,
// its parts run together on one line: the time and date it was posted, then
// its counters, then perhaps the link to the platform ("6:48 PM · Nov 17,
// 2026 9.4K likes · 3,112 reposts View on X", "09:12 · 4 Mar 2027 View on
// Threads"). A post's stamp and counters alone are removed elsewhere
// (isDateLine, rePostCounts); together they are the same furniture. The
// line opens with a digit and every word of it is a stamp, a counter or the
// link, so a sentence that mentions likes or a date is kept.
func postFooterLine(s string, words int) bool {
	if words < 3 || words > 20 || s[0] < '0' || s[0] > '9' || !strings.ContainsAny(s, "·•|") {
		return false
	}
	link := false
	if strings.Contains(s, " on ") || strings.Contains(s, " in ") {
		if loc := rePostViewLink.FindStringIndex(s); loc != nil {
			s, link = s[:loc[0]], true
		}
	}
	fields := strings.Fields(s)
	for i := 2; i < len(fields); i++ {
		if c := fields[i][0]; c >= '0' && c <= '9' && rePostCounts.MatchString(strings.Join(fields[i:], " ")) {
			return isDateLine(strings.Join(fields[:i], " "))
		}
	}
	return link && isDateLine(s)
}
