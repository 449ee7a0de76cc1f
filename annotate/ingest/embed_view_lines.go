package ingest

import (
	"regexp"
	"strings"
)

// reEmbedAccount matches what a pasted social post shows before its
// "View this post on …" link: the account's handle, perhaps with its
// display name ("nell.bakes.bus Nell Achterberg").
var reEmbedAccount = regexp.MustCompile(`^@?[a-z0-9][a-z0-9._]{1,29}(?: \p{Lu}[\p{L}\p{M}.'’ -]{1,40})?\s*$`)

// embedAccountView reports a post's account glued to its view link
// ("nell.bakes.bus Nell AchterbergView this post on Instagram"): the
// markup set them side by side, the text ran them together. The bare link
// is reEmbedView's (widgets.go); the caption under it stays.
func embedAccountView(s string, words int) bool {
	if words > 12 {
		return false
	}
	for _, v := range []string{"View ", "See ", "Open "} {
		i := strings.LastIndex(s, v)
		if i > 0 && reEmbedView.MatchString(s[i:]) && reEmbedAccount.MatchString(s[:i]) {
			return true
		}
	}
	return false
}
