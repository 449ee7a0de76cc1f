package ingest

import (
	"regexp"
	"strings"
)

// A race, festival or show report may end with the event's sponsor credits
// run into one line: "The Harbour Half Marathon is presented by X. Official
// timing partner: Y. Medical cover by Z." It thanks the event's backers and
// reports nothing, so it is page furniture under the story. Each sentence
// is a credit: an event "is presented/sponsored/supported/powered by" a
// capitalised name, a labelled partner or supplier ("Official timing
// partner: Y", "Media partners: …") or an event service (cover, first
// aid, timing, catering, …) "by" or "provided by" a capitalised name
// ("Medical cover by Z"). Two credits at least make the
// line, and every sentence must be one, so a single "The marathon is
// sponsored by X." that the story may go on to report, or a sponsor
// sentence beside news, stays.
var (
	reEventPresented = regexp.MustCompile(`^(?:The |This (?:year['’]s )?)?(?:\p{Lu}[\p{L}'’&-]*\s+|\d{4}\s+|of\s+|and\s+){0,8}(?:is|are|was) (?:(?:proudly|kindly|generously) )?(?:presented|sponsored|supported|powered|backed|organised|organized|staged|hosted) (?:in (?:association|partnership) with |by )(?:the )?\p{Lu}[^.]*$`)
	reEventPartner   = regexp.MustCompile(`^(?:(?:Official|Headline|Title|Principal|Main|Media|Charity|Event|Technical) )?(?:[\p{L}-]+ ){0,2}(?i:partners?|sponsors?|suppliers?|supporters?)\s*:\s*\p{Lu}[^.]*$`)
	reEventService   = regexp.MustCompile(`^(?:\p{Lu}[\p{L}-]* )?(?:[\p{L}-]+ ){0,2}(?i:cover|care|aid|support|services?|timing|catering|security|photography|stewarding|hospitality|transport|refreshments) (?:by|provided by|courtesy of|supplied by) (?:the )?\p{Lu}[^.]*$`)
	reSentenceStop   = regexp.MustCompile(`\.\s+`)
)

// eventSponsorLine reports an event's run-together sponsor credits.
func eventSponsorLine(s string, words int) bool {
	if words > 45 || strings.ContainsAny(s, "\"“”«»") ||
		!(strings.Contains(s, " by ") || strings.Contains(s, ":")) {
		return false
	}
	sents := reSentenceStop.Split(strings.TrimSuffix(strings.TrimSpace(s), "."), -1)
	if len(sents) < 2 {
		return false
	}
	for _, sent := range sents {
		if !reEventPresented.MatchString(sent) && !reEventPartner.MatchString(sent) && !reEventService.MatchString(sent) {
			return false
		}
	}
	return true
}
