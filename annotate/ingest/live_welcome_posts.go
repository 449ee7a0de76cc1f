package ingest

import (
	"regexp"
	"strings"
)

// A live page's first post (last on a newest-first page) often opens with
// its greeting and goes straight on to the news: "Welcome to our live
// coverage. All of this morning's trains have been cancelled, and we'll
// bring you the latest here." The greeting, "we" and "you" and the outlet
// naming its coverage score as a promo in readerPromo, yet the post is the
// story's first entry and the text keeps it. It is told by the greeting
// naming the live coverage, blog or updates, a second sentence after it, and
// nothing a promo sells: no sentence opening with a call to act, no price,
// no product such as a newsletter or alerts. "Welcome to our live blog.
// Sign up for alerts …" is still a promo.
var reLiveWelcome = regexp.MustCompile(`^(?:(?:good (?:morning|afternoon|evening)|hello)[,.!]?\s+(?:and\s+)?)?welcome (?:back )?to (?:our|the) (?:[\p{L}-]+ ){0,2}live (?:coverage|blog|updates|page|reporting)\b`)

// liveWelcomePost reports a live page's opening post that carries news
// after its greeting (reLiveWelcome), from the lower-cased line.
func liveWelcomePost(lower string) bool {
	if !strings.Contains(lower, "live") || !reLiveWelcome.MatchString(lower) {
		return false
	}
	sents := sentences(lower)
	if len(sents) < 2 {
		return false
	}
	for _, sent := range sents {
		if first, second := firstWords(sent); ctaVerbs[first] && second != "" && !pastOrThird(second) {
			return false
		}
	}
	padded := " " + lower + " "
	for _, p := range promoNouns {
		if strings.Contains(padded, p) {
			return false
		}
	}
	return !reMoneyPeriod.MatchString(lower)
}
