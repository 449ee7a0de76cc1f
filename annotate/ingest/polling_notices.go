package ingest

import (
	"regexp"
	"strings"
)

// An election story (a council by-election, a students' union ballot) may
// end on the paper's polling-day notice: when polls open and close or when
// the result comes, and a short order to the voter ("Polls open 7am to
// 10pm on Thursday 17 June. Bring photo ID.", "Results will be announced
// in the Great Hall at 7pm on Friday."). It is service for readers, not
// the report, and it stands in one of two placements:
//   - a bare paragraph (removePollingNotices), which goes when it stands
//     under furniture the cleaner removed (the rest of its box) or last
//     after the story;
//   - a box set as a Markdown blockquote (removePollingNoticeBoxes): a bold
//     heading ("**Voting opens**") over notice lines, which goes whole; a
//     box with a line that is neither its heading nor a notice (a
//     quotation, a reported sentence, a list of candidates the other rules
//     handle) stays.
// Either way the notice must be the whole line: a sentence on the vote's
// times in the present or future tense, with a time of day, and any
// sentence after it a short order. A reported sentence ("Polls opened at
// 7am and turnout was brisk, the returning officer said.") or a quotation
// stays, and the story's own sentences on the vote, prose outside any box
// and followed by more story, stay.

var (
	// rePollingTimes matches a notice's sentence on the vote's times, up
	// to its verb: "Polls open 7am to 10pm …", "Polling stations are open
	// from …", "Voting runs from 9am on …", "Online voting closes at noon
	// …", "Results will be declared at 8pm …".
	rePollingTimes = regexp.MustCompile(`^(?i:(?:the )?(?:polls?|polling (?:stations?|places)|(?:online )?voting|ballot boxes)(?:\s+(?:is|are|will|will be))?\s+(?:open|opens|close|closes|run|runs)\b|(?:the )?(?:results?|count)\s+(?:will be|is|are|is expected to be)\s+(?:announced|declared|published|counted)\b)`)
	// reClockTime matches a time of day: "7am", "10 pm", "9.30am", "17:00".
	reClockTime = regexp.MustCompile(`(?i)\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b`)
	// reVoterOrder matches a short order to the voter after a notice:
	// "Bring photo ID.", "Check your polling card.", "Remember your poll
	// card."
	reVoterOrder = regexp.MustCompile(`^(?:Bring|Take|Check|Remember|Don['’]t forget|Find|Vote|Register|Apply)\b[^.!?"“”]{0,50}[.!]?$`)
)

// pollingNotice reports a line that is only a polling-day notice: a
// sentence on the vote's times (rePollingTimes) with a time of day
// (reClockTime) and, after it, short orders (reVoterOrder); never a
// quotation or a reported sentence.
func pollingNotice(line string) bool {
	if wordCount(line) > 40 || strings.ContainsAny(line, "\"“”") || reported(strings.ToLower(line)) {
		return false
	}
	sents := splitSentences(strings.Trim(line, "*_ "))
	if len(sents) == 0 || !rePollingTimes.MatchString(sents[0]) || !reClockTime.MatchString(sents[0]) {
		return false
	}
	for _, o := range sents[1:] {
		if !reVoterOrder.MatchString(o) {
			return false
		}
	}
	return true
}

// removePollingNotices removes a bare paragraph that is a polling-day
// notice (25 words at most) under removed furniture or after the story's
// last kept paragraph.
func removePollingNotices(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 1; i < len(units); i++ {
		if kinds[i] != keep || units[i].role != "" || wc[i] > 25 || !pollingNotice(units[i].text) {
			continue
		}
		if kinds[i-1] == keep && nextKept(kinds, i+1) >= 0 { // under kept text, with more story after it
			continue
		}
		kinds[i] = junkTrailer
		removed[i] = []string{units[i].text}
	}
}

// markBoxed marks the units a blockquote's paragraph made from index from
// on as boxed.
func markBoxed(a *article, from int) {
	for i := from; i < len(a.units); i++ {
		a.units[i].boxed = true
	}
}

// pollingNoticeBox reports the lines of a boxed polling-day notice: every
// line a pollingNotice, but for a heading first (four words at most, no
// sentence end).
func pollingNoticeBox(lines []string) bool {
	notices := 0
	for i, l := range lines {
		switch {
		case pollingNotice(l):
			notices++
		case i == 0 && len(lines) > 1 && wordCount(l) <= 4 && !endsSentence(l):
		default:
			return false
		}
	}
	return notices > 0
}

// furnitureBox reports the lines of a box that is furniture line by line:
// two or more lines, each of which the line rules take for page furniture
// on its own ("The Post is independent and free to read. … please consider
// a monthly contribution." over "Become a supporter from £3 a month"). A
// Markdown blockquote joins its lines into one paragraph, too long for the
// line rules as a whole.
func furnitureBox(lines []string) bool {
	if len(lines) < 2 {
		return false
	}
	for _, l := range lines {
		if l = strings.TrimSpace(l); l == "" || classify(l, wordCount(l)) == keep {
			return false
		}
	}
	return true
}

// removePollingNoticeBoxes removes a boxed polling-day notice, or a box
// whose every line is furniture (furnitureBox): the kept paragraphs of one
// blockquote, each read line by line.
func removePollingNoticeBoxes(units []unit, kinds []junk, removed [][]string) {
	for i := 0; i < len(units); i++ {
		if !units[i].boxed || kinds[i] != keep || units[i].role != "" {
			continue
		}
		j := i
		var lines []string
		for ; j < len(units) && units[j].boxed && units[j].block == units[i].block && kinds[j] == keep; j++ {
			if units[j].lines != "" {
				lines = append(lines, strings.Split(units[j].lines, "\n")...)
			} else {
				lines = append(lines, units[j].text)
			}
		}
		if pollingNoticeBox(lines) || furnitureBox(lines) {
			for k := i; k < j; k++ {
				kinds[k], removed[k] = junkChrome, []string{units[k].text}
				if units[k].lines != "" {
					removed[k] = strings.Split(units[k].lines, "\n")
				}
			}
		}
		i = j - 1
	}
}
