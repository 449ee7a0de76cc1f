package ingest

import (
	"regexp"
	"strings"
)

// reFollowFor matches a follow promo that says what the follower gets:
// "Follow Harbour Sport on X for live updates", "Follow us on Instagram for
// the latest news." (reFollow takes the ones that end at the platform).
var reFollowFor = regexp.MustCompile(`^(?i:follow) [\p{L}@ .'’-]{2,40} (?i:on (?:twitter|x|facebook|instagram|threads|bluesky|tiktok|linkedin|whatsapp|youtube) for (?:live|the latest|all the latest|breaking|more|our|daily|regular) (?:[\p{L}-]+ )?(?:updates|news|coverage|results|scores|reports|stories))\.?$`)

// followPromo reports a follow promo with its offer (reFollowFor).
func followPromo(s string) bool {
	return len(s) <= 120 && strings.HasPrefix(strings.ToLower(s), "follow ") && reFollowFor.MatchString(s)
}
