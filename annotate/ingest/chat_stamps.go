package ingest

import "strings"

// A chat log quoted in a story ("[14:02] Name: We’re short of fitters.")
// has the shape of a timed transcript, but its stamps are the clock times
// the messages were sent: content the reader needs, not running times into
// a player the page no longer has. Read as running times, a chat's stamps
// come too close together for anyone to have spoken the turns between
// them (two messages in the same minute, thirteen words in a second).

// fastSpeech is a brisk speaker's pace in words a second (240 a minute);
// a broadcast's turns never outrun it.
const fastSpeech = 4

// messageClockTimes reports whether the stamps of the timed turns (indexes
// into units, in page order) are a chat's clock times rather than a
// transcript's running times: read as minutes and seconds, more than half
// of the gaps leave the earlier turn too little time to be spoken.
// Stamps with hours ("[00:01:09]") are running times.
func messageClockTimes(units []unit, turns []int) bool {
	gaps, tooShort := 0, 0
	last, lastWords := -1, 0
	for _, i := range turns {
		m := reEpisodeStamp.FindStringSubmatch(units[i].text)
		if m == nil || m[3] != "" {
			return false
		}
		at := episodeSeconds(m)
		if last >= 0 {
			gaps++
			if at < last || (at-last)*fastSpeech < lastWords {
				tooShort++
			}
		}
		last, lastWords = at, turnWords(units[i].text)
	}
	return gaps > 0 && tooShort*2 > gaps
}

// turnWords counts the words a timed turn speaks, after its stamp and label.
func turnWords(s string) int {
	m := reTimedTurn.FindStringSubmatchIndex(s)
	if m == nil {
		return 0
	}
	rest := s[m[5]:]
	if k := strings.Index(rest, ":"); k >= 0 {
		rest = rest[k+1:]
	}
	return len(strings.Fields(rest))
}
