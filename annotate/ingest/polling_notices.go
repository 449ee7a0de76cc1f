package ingest

import (
	"regexp"
	"strings"
)

// An election story's box often ends with the polling-day notice: when
// polls open and close, and an order to the voter ("Polls open 7am to 10pm
// on Thursday 17 June. Bring photo ID."). It is the paper's service line,
// not the report: it goes when it stands under furniture the cleaner
// removed (the rest of its box) or last after the story. The notice must
// be the whole paragraph: a time in the present tense, and any sentence
// after it a short order; a reported sentence ("Polls opened at 7am and
// turnout was brisk, the returning officer said.") stays.

var (
	// rePollingTimes matches the notice's first sentence: polls or
	// polling stations open (or close) and a clock time.
	rePollingTimes = regexp.MustCompile(`^(?i:(?:the )?(?:polls|polling stations|voting|polling places))(?: (?:are|will be))? (?i:open|close|opens|closes|runs)\b[^.!?"“”]{0,80}?\b\d{1,2}(?:[.:]\d{2})?\s?(?i:am|pm)\b[^.!?"“”]{0,60}[.!]?$`)
	// reVoterOrder matches a short order to the voter after it: "Bring
	// photo ID.", "Check your polling card."
	reVoterOrder = regexp.MustCompile(`^(?:Bring|Take|Check|Remember|Don['’]t forget|Find|Vote|Register|Apply)\b[^.!?"“”]{0,50}[.!]$`)
)

// pollingNotice reports a paragraph that is only a polling-day notice.
func pollingNotice(s string, words int) bool {
	if words > 25 {
		return false
	}
	sents := splitSentences(strings.Trim(s, "*_ "))
	if len(sents) == 0 || !rePollingTimes.MatchString(sents[0]) {
		return false
	}
	for _, o := range sents[1:] {
		if !reVoterOrder.MatchString(o) {
			return false
		}
	}
	return true
}

// removePollingNotices removes a polling-day notice under removed
// furniture or after the story's last kept paragraph.
func removePollingNotices(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 1; i < len(units); i++ {
		if kinds[i] != keep || units[i].role != "" || !pollingNotice(units[i].text, wc[i]) {
			continue
		}
		if kinds[i-1] == keep && nextKept(kinds, i+1) >= 0 { // under kept text, with more story after it
			continue
		}
		kinds[i] = junkTrailer
		removed[i] = []string{units[i].text}
	}
}
