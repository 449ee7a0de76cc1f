package ingest

import (
	"regexp"
	"strings"
)

// rePlayerLink matches, whole, a broadcaster's link to its player with the
// running time of the recording: "Listen again on Radio Cresswell Player -
// 2 hr 58 min", "Watch again on StreamBox – 45 mins", "Listen back via
// Wavely: 1:04:30".
var rePlayerLink = regexp.MustCompile(`^(?i:listen|watch)(?i: again| back| live| now)? (?i:on|in|via) \p{Lu}[\p{L}\d'’&. -]{0,40}?(?: ?[-–—|·:] ?|, )\(?(?:\d{1,2} ?(?i:hrs?|hours?|h)(?: \d{1,2} ?(?i:mins?|minutes?|m))?|\d{1,3} ?(?i:mins?|minutes?)|\d{1,2}:\d{2}(?::\d{2})?)\)?$`)

// playerLinkLine reports a radio or TV page's link to hear or watch the
// programme again, perhaps in brackets, with its running time
// (rePlayerLink): "[Listen again on Radio Cresswell Player - 2 hr 58
// min]". It is the page's player, never the story; without a running time
// or with words after it, the line stays.
func playerLinkLine(s, lower string, words int) bool {
	if words > 16 || !strings.HasPrefix(lower, "listen") && !strings.HasPrefix(lower, "watch") &&
		!strings.HasPrefix(lower, "[listen") && !strings.HasPrefix(lower, "[watch") && !strings.HasPrefix(lower, "(listen") && !strings.HasPrefix(lower, "(watch") {
		return false
	}
	if n := len(s); s[0] == '[' && s[n-1] == ']' || s[0] == '(' && s[n-1] == ')' {
		s = strings.TrimSpace(s[1 : n-1])
	}
	return rePlayerLink.MatchString(s)
}
