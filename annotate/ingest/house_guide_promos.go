package ingest

import (
	"regexp"
	"strings"
)

// reHouseGuidePromo matches a review site's pointer to its own buying
// guides, set between the paragraphs of a test: a short question to the
// reader, then "See our …" (or "Read", "Browse", "Check out", "Explore")
// naming a guide, best-buy list or reviews: "Looking for a replacement?
// See our Best Buy kettles, tested in our lab.", "Need a new one? Browse
// our pick of the best cordless drills."
var reHouseGuidePromo = regexp.MustCompile(`^[^.?!"“”]{3,80}\?\s+(?:See|Read|Browse|Check out|Explore|Discover|Compare) our\s[^"“”?!]{3,140}$`)

// guideWords name what such a pointer leads to.
var guideWords = []string{"best buy", "best buys", "guide", "reviews", "round-up", "roundup", "tested", "our pick", "top picks", "recommendations", "rated", "the best "}

// houseGuidePromo reports a site's promotion of its own guides
// (reHouseGuidePromo) with a guide word after "our", and no reported
// speech: the site talking to the reader, not the story.
func houseGuidePromo(s, lower string, words int) bool {
	if words > 30 || !strings.Contains(s, "? ") || reported(lower) || !reHouseGuidePromo.MatchString(s) {
		return false
	}
	_, rest, _ := strings.Cut(lower, "? ")
	for _, w := range guideWords {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}
