package ingest

import "regexp"

// reLiveControl matches one control of a live page's tool line: "Refresh
// for latest updates", "Auto-refresh on", "Share this ticker", "Follow
// live", "Pause updates".
var reLiveControl = regexp.MustCompile(`^(?i:(?:refresh|reload)(?: (?:the )?page)?(?: (?:for|to see) (?:the )?latest(?: updates| posts| entries)?)?|auto-?(?:refresh|update)(?:s)?(?: (?:on|off))?|share this (?:ticker|live ?blog|blog|page|feed|live page|coverage)|follow (?:live|this (?:ticker|live ?blog|story))|(?:pause|resume) (?:updates|the feed|feed)|(?:newest|oldest|latest) first)$`)

// liveControls reports a live page's line of controls, two or more set
// apart by "|" or "·", every one a control ("Refresh for latest updates |
// Share this ticker"). The line works the page; it says nothing. A line of
// which one part is anything else (an entry's words, a name) stays.
func liveControls(s string, words int) bool {
	parts := splitHeader(s)
	if words > 16 || len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !reLiveControl.MatchString(p) {
			return false
		}
	}
	return true
}
