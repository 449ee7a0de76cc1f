package ingest

import (
	"regexp"
	"strings"
)

// An election story (a council by-election, a students' union ballot) ends
// on a boxed notice of when and where to vote, set as a Markdown
// blockquote: a bold heading ("**Voting opens**") over lines such as
// "Polls open 7am to 10pm on Thursday 17 June. Bring photo ID." and
// "Results will be announced in the Great Hall at 7pm on Friday." The
// box is service for readers, not the story, and the story's own
// sentences on the vote are prose outside any box. A box with a line that
// is neither its heading nor such a notice (a quotation, a reported
// sentence, a list of candidates the other rules handle) stays.

var (
	// reVotingNotice matches a notice's sentence on the vote's times:
	// "Polls open 7am to 10pm …", "Voting runs from 9am on …", "Online
	// voting closes at noon …", "Results will be declared at 8pm …".
	reVotingNotice = regexp.MustCompile(`^(?i:(?:the )?(?:polls?|polling stations?|voting|online voting|ballot boxes)\s+(?:will\s+)?(?:open|opens|is open|are open|run|runs|close|closes)\b|(?:the )?(?:results?|count)\s+(?:will be|is|are|is expected to be)\s+(?:announced|declared|published|counted)\b)`)
	// reClockTime matches a time of day: "7am", "10 pm", "9.30am", "17:00".
	reClockTime = regexp.MustCompile(`(?i)\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b`)
	// reVotingReminder matches a short reminder after a notice: "Bring
	// photo ID.", "Remember your poll card."
	reVotingReminder = regexp.MustCompile(`^(?:Bring|Remember|Take|Don't forget|Don’t forget)\b`)
)

// markBoxed marks the units a blockquote's paragraph made from index from
// on as boxed.
func markBoxed(a *article, from int) {
	for i := from; i < len(a.units); i++ {
		a.units[i].boxed = true
	}
}

// votingNotice reports a line made of a notice sentence with a time of day
// (reVotingNotice) and, after it, short reminders (reVotingReminder);
// never a quotation or a reported sentence.
func votingNotice(line string) bool {
	if wordCount(line) > 40 || strings.ContainsAny(line, "\"“”") || reported(strings.ToLower(line)) {
		return false
	}
	notice := false
	for _, s := range strings.SplitAfter(line, ". ") {
		s = strings.TrimSpace(s)
		switch {
		case s == "":
		case !notice && reVotingNotice.MatchString(s) && reClockTime.MatchString(s):
			notice = true
		case notice && wordCount(s) <= 6 && reVotingReminder.MatchString(s):
		default:
			return false
		}
	}
	return notice
}

// votingNoticeBox reports the lines of a voting notice box: every line a
// votingNotice, but for a heading first (four words at most, no sentence
// end).
func votingNoticeBox(lines []string) bool {
	notices := 0
	for i, l := range lines {
		switch {
		case votingNotice(l):
			notices++
		case i == 0 && len(lines) > 1 && wordCount(l) <= 4 && !endsSentence(l):
		default:
			return false
		}
	}
	return notices > 0
}

// removeVotingNotices removes a voting notice box: the kept paragraphs of
// one blockquote, each read line by line.
func removeVotingNotices(units []unit, kinds []junk, removed [][]string) {
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
		if votingNoticeBox(lines) {
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
