package ingest

import (
	"regexp"
	"strings"
)

// A support signpost under a story about a death, a suicide or abuse: the
// outlet's standing line naming a helpline, when it answers and its
// number ("Samaritans are available day and night on 116 123", "You can
// contact the Lifeline free and in confidence on 0800 555 0100", "For
// confidential support, call Mindline on 0300 555 0188"). It is furniture
// of the page, not news: it says how to reach help now, in the present
// tense, with a number, and says it is always there (day and night, 24
// hours) or is support (confidential, someone to talk to). A reported
// sentence, a quotation, a line in the past tense and a police appeal
// ("Anyone with information can call police on 101 …") stay.

// reHelpNumber matches a helpline's number: "116 123", "0800 555 0100",
// "988".
var reHelpNumber = regexp.MustCompile(`(?:^|[\s(])\d{3}(?:[ -]?\d{3,4}){0,3}\b`)

// helpReach are the present-tense words that tell a reader how to reach
// a service.
var helpReach = []string{" is available", " are available", " is open ", " are open ", "you can call", "you can contact",
	"you can ring", "you can text", "you can reach", "can be contacted", "can be reached", "call ", "ring ", "text ", "contact "}

// helpAlways are the words that say a service is always there or is
// support.
var helpAlways = []string{"day and night", "day or night", "24 hours", "24/7", "round the clock", "any time", "anytime",
	"365 days", "confidential", "support", "struggling", "someone to talk to", "talk to someone", "in confidence"}

// helpAppeal are the words of a police appeal, which is news.
var helpAppeal = []string{"information", "witness", "quoting", "anonymously", "police"}

// helplineSignpost reports a support signpost line (see above).
func helplineSignpost(s, lower string, words int) bool {
	if words > 40 || !strings.ContainsAny(s, "0123456789") || strings.ContainsAny(s, "\"“”«»") || reported(lower) {
		return false
	}
	if !mentionsAny(lower, helpReach) || !mentionsAny(lower, helpAlways) || mentionsAny(lower, helpAppeal) ||
		strings.Contains(lower, " was ") || strings.Contains(lower, " were ") {
		return false
	}
	return reHelpNumber.MatchString(s)
}

// mentionsAny reports whether s holds any of subs.
func mentionsAny(s string, subs []string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
