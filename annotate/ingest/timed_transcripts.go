package ingest

import (
	"regexp"
	"strings"
)

// A broadcast transcript set under a story: each turn opens with a running
// time and the speaker's label ("[00:01:09] HOST NAME: …", "(12:40) Q: …").
// The running times point into a video or audio player the text no longer
// has, so they go and the "NAME: text" turns stay, as in a transcript
// without times. An episode's chapter list ("[04:12] The farmer’s view")
// names no speaker and is removeChapterLists' to take.

var (
	// reTimedTurn matches a turn that opens with a running time in
	// brackets, then a speaker's label and a colon: the stamp, the label.
	reTimedTurn = regexp.MustCompile(`^([\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)(` + turnLabel + `)\s*:\s+\S`)
	// reLabelledTurn matches a turn without a running time: the label.
	reLabelledTurn = regexp.MustCompile(`^(` + turnLabel + `)\s*:\s+\S`)
)

// turnLabel is a speaker's label over a turn: Q or A, or up to three
// capitalised words ("HOST", "RHIAN COLE", "Dr Vance").
const turnLabel = `Q|A|Question|Answer|\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,2}`

// stripTurnStamps removes the running time from the front of each timed
// turn when the page holds a conversation of them: three timed turns at
// least, by two speakers at least, one of whom speaks twice. It returns the
// stamps by unit, for noteTurnStamps. Timed lines with a label each but no
// speaker twice are a list (chapters, a running order) and keep their times,
// and so do a quoted chat's messages (messageClockTimes).
func stripTurnStamps(units []unit) []string {
	var turns []int
	var labels []string
	for i, u := range units {
		if u.junk != keep || u.role != "" || !strings.HasPrefix(u.text, "[") && !strings.HasPrefix(u.text, "(") {
			continue
		}
		if m := reTimedTurn.FindStringSubmatch(u.text); m != nil {
			turns = append(turns, i)
			labels = append(labels, m[2])
		}
	}
	if len(turns) < 3 || !conversation(labels) || messageClockTimes(units, turns) {
		return nil
	}
	stamps := make([]string, len(units))
	for _, i := range turns {
		m := reTimedTurn.FindStringSubmatchIndex(units[i].text)
		stamps[i] = strings.TrimSpace(units[i].text[:m[3]])
		units[i].text = units[i].text[m[3]:]
	}
	return stamps
}

// noteTurnStamps records the stamps stripTurnStamps took among the page's
// removed lines, each before whatever else its line lost.
func noteTurnStamps(stamps []string, removed [][]string) {
	for i, s := range stamps {
		if s != "" {
			removed[i] = append([]string{s}, removed[i]...)
		}
	}
}

// conversation reports labels of two speakers at least, one of them
// speaking twice or more.
func conversation(labels []string) bool {
	count := map[string]int{}
	again := false
	for _, l := range labels {
		count[l]++
		again = again || count[l] >= 2
	}
	return len(count) >= 2 && again
}

// keepConversationTurns gives back the turns of a transcript that the
// reader-promo shape took: an interviewer's greeting and question to a
// guest ("NAME: Thank you for joining us. Why should …?") speaks to the
// guest, not to the reader. A turn is one of a conversation when its
// speaker has another turn on the page and the page's turns are three at
// least, by two speakers at least. A label that calls to act ("Subscribe:
// …") is never a speaker.
func keepConversationTurns(units []unit, kinds []junk, removed [][]string, wc []int) {
	label := make([]string, len(units))
	var labels []string
	for i, u := range units {
		if u.role != "" || kinds[i] != keep && kinds[i] != junkChrome {
			continue
		}
		m := reLabelledTurn.FindStringSubmatch(u.text)
		if m == nil || ctaVerbs[strings.ToLower(strings.Fields(m[1])[0])] {
			continue
		}
		label[i] = m[1]
		labels = append(labels, m[1])
	}
	if len(labels) < 3 || !conversation(labels) {
		return
	}
	count := map[string]int{}
	for _, l := range labels {
		count[l]++
	}
	for i, u := range units {
		if kinds[i] != junkChrome || label[i] == "" || count[label[i]] < 2 {
			continue
		}
		if readerPromo(u.text, strings.ToLower(u.text), wc[i]) {
			kinds[i] = keep
			removed[i] = nil
		}
	}
}
