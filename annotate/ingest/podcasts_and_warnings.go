package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of page furniture first met on round-13 unseen pages: a podcast
// page's sponsor message, guest list, chapter list and transcript label; a
// weather warning box pasted into a story; a match report's line-ups box.
// Each is matched by its shape, never by an outlet's words.

var (
	// reSponsorMessage matches a sponsor's read in show notes: "Sponsored
	// message: This episode is supported by …", "A message from our
	// sponsor: …".
	reSponsorMessage = regexp.MustCompile(`^(?i:sponsored message|sponsor(?:'s|’s)? message|(?:a )?message from (?:our|this episode's|this episode’s) sponsors?|sponsor note)\s*[:—–]\s*\S`)

	// reExcerptNote matches an editing note over a transcript excerpt:
	// "This excerpt has been edited for length and clarity.", "The
	// exchange below has been condensed."
	reExcerptNote = regexp.MustCompile(`^(?i:(?:this|the|the following) (?:excerpt|extract|exchange|transcript|episode|discussion|conversation)s?(?: below)? (?:has|have) been (?:lightly |heavily )?(?:edited|condensed|abridged|shortened)(?: and (?:edited|condensed|abridged))?(?: for (?:length|clarity|brevity)(?:,? and (?:length|clarity|brevity))?)?)\.?$`)

	// reChapterLine matches one line of an episode's chapter list: a
	// running time in brackets and a title ("[04:12] The farmer’s view").
	reChapterLine = regexp.MustCompile(`^[\[(](\d{1,2}):(\d{2})(?::(\d{2}))?[\])]\s*[-–—·]?\s*(\S.*)$`)
	// reChapterHeading matches a chapter list's heading.
	reChapterHeading = regexp.MustCompile(`^(?i:chapters|episode chapters|chapter markers|timestamps|running order)$`)

	// reGuestLine matches one line of a guest list: a name, a dash and the
	// guest's role and organisation ("Dr Ana Reyes — economist, Dunmore
	// University").
	reGuestLine = regexp.MustCompile(`^(?:(?:Dr|Prof|Professor|Sir|Dame|Cllr|Rev|Mr|Mrs|Ms|Lord|Lady)\.? )?\p{Lu}[\p{L}.’'-]+(?: \p{Lu}[\p{L}.’'-]+){1,3} [—–] [^—–“”"]{3,160}$`)
	// reGuestHeading matches a guest list's heading.
	reGuestHeading = regexp.MustCompile(`^(?i:in this episode|guests|this episode's guests|this episode’s guests|on the (?:panel|programme|show)|featuring|with)$`)

	// reTranscriptLabel matches a heading over a transcript excerpt: "From
	// the transcript", "An excerpt from the interview".
	reTranscriptLabel = regexp.MustCompile(`^(?i:(?:an? )?(?:excerpts?|extracts?) from the (?:transcript|episode|interview|conversation)|from the (?:transcript|episode|interview|conversation)|transcript (?:excerpts?|extracts?))$`)

	// reWarningHeadline matches a weather or flood warning box's title
	// line: "⚠️ AMBER WARNING: Wind · Valid 06:00 Sat – 18:00 Sat".
	reWarningHeadline = regexp.MustCompile(`\b(?:WARNING|WATCH|ALERT)\b.*\b(?i:valid|in force|from|until)\b`)
	// reWarningLabel matches the label over a warning box's list of
	// impacts: "What to expect:", "Possible impacts".
	reWarningLabel = regexp.MustCompile(`^(?i:what to expect|what you should do|what to do|(?:possible |likely )?impacts|advice)\s*:?$`)

	// reLineupLine matches a team's line-up without its label: eleven
	// names by position, the lines split by semicolons, a substitute in
	// brackets with the minute ("Dunne; Marsh, Okoro (Lee 70'), …").
	reLineupLine = regexp.MustCompile(`^` + lineupName + `(?:[;,] ` + lineupName + `){9,15}\.?$`)
)

// lineupName is one player in a line-up, with a substitute after him.
const lineupName = `\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*)?(?: \(\p{Lu}[\p{L}’'.-]*(?: \p{Lu}[\p{L}’'.-]*)? \d{1,3}(?:\+\d)?['’]?\))?`

// podcastOrWarningKind classifies the lines of this file's kinds that
// tell themselves: a sponsor's message, a transcript's editing note, a
// line-up line.
func podcastOrWarningKind(s, lower string, words int) junk {
	if words <= 60 && (strings.HasPrefix(lower, "sponsor") || strings.HasPrefix(lower, "a message") || strings.HasPrefix(lower, "message")) &&
		reSponsorMessage.MatchString(s) {
		return junkChrome
	}
	if words <= 20 && strings.HasPrefix(lower, "th") && reExcerptNote.MatchString(s) {
		return junkTrailer
	}
	if excerptNoteWithPointer(s, words) { // "… edited for length and clarity. Read the full transcript" (excerpt_note_pointers.go)
		return junkTrailer
	}
	if lineupLine(s) {
		return junkChrome
	}
	return keep
}

// lineupLine reports a team's line-up without its label: eleven names or
// more, split into lines by two semicolons or more.
func lineupLine(s string) bool {
	return strings.Count(s, ";") >= 2 && strings.Count(s, ",") >= 4 && !strings.ContainsAny(s, "\"“”") && reLineupLine.MatchString(s)
}

// removePodcastAndWarningBoxes removes the boxes of this file's kinds that
// take more than one line to tell.
func removePodcastAndWarningBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	removeChapterLists(units, kinds, removed, wc)
	removeGuestLists(units, kinds, removed, wc)
	removeTranscriptLabels(units, kinds, removed, wc)
	removeWarningImpacts(units, kinds, removed, wc)
	removeLineupTeams(units, kinds, removed, wc)
}

func takeBoxLine(kinds []junk, removed [][]string, units []unit, k int) {
	if kinds[k] == keep {
		kinds[k] = junkChrome
		removed[k] = []string{units[k].text}
	}
}

// untaken reports a unit no rule has taken and the markup gives no role.
func untaken(units []unit, kinds []junk, k int) bool {
	return kinds[k] == keep && units[k].role == ""
}

// removeChapterLists removes an episode's chapter list: lines of a
// running time in brackets and a short title, the times rising, two of
// them under a "Chapters" heading (which goes too) or three without one.
// A transcript's timed turns ("[04:12] HOST: …") name a speaker and stay.
func removeChapterLists(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i < len(units); i++ {
		j, last := i, -1
		for j < len(units) && untaken(units, kinds, j) && wc[j] <= 14 {
			m := reChapterLine.FindStringSubmatch(units[j].text)
			if m == nil || reTranscriptTurn.MatchString(m[4]) {
				break
			}
			t := runningSeconds(m[1:4])
			if t < last {
				break
			}
			last = t
			j++
		}
		n := j - i
		heading := i > 0 && untaken(units, kinds, i-1) && reChapterHeading.MatchString(strings.Trim(units[i-1].text, ":*_ "))
		if n >= 3 || n >= 2 && heading {
			if heading {
				takeBoxLine(kinds, removed, units, i-1)
			}
			for k := i; k < j; k++ {
				takeBoxLine(kinds, removed, units, k)
			}
		}
		if j > i {
			i = j - 1
		}
	}
}

// runningSeconds turns a running time's parts (minutes, seconds, and seconds
// again when the first part was hours) into seconds.
func runningSeconds(parts []string) int {
	n := func(s string) int {
		v := 0
		for _, r := range s {
			v = v*10 + int(r-'0')
		}
		return v
	}
	if parts[2] != "" {
		return n(parts[0])*3600 + n(parts[1])*60 + n(parts[2])
	}
	return n(parts[0])*60 + n(parts[1])
}

// removeGuestLists removes a guest list: two lines or more, one after
// the other, each a name, a dash and a role ("Name — role, organisation"),
// none a sentence or a quotation, and the heading over them when it names
// the list. A sentence with a dash after a name ends in a full stop and
// stays.
func removeGuestLists(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i < len(units); i++ {
		j := i
		for j < len(units) && untaken(units, kinds, j) && wc[j] <= 30 && guestLine(units[j].text) {
			j++
		}
		if j-i >= 2 {
			if i > 0 && untaken(units, kinds, i-1) && reGuestHeading.MatchString(strings.Trim(units[i-1].text, ":*_ ")) {
				takeBoxLine(kinds, removed, units, i-1)
			}
			for k := i; k < j; k++ {
				takeBoxLine(kinds, removed, units, k)
			}
		}
		if j > i {
			i = j - 1
		}
	}
}

func guestLine(s string) bool {
	if !strings.Contains(s, " — ") && !strings.Contains(s, " – ") {
		return false // the cheap test first: most lines of a page are prose
	}
	s = strings.TrimLeft(s, "•·*- ")
	return !endsSentence(s) && reGuestLine.MatchString(s) && !reported(strings.ToLower(s))
}

// removeTranscriptLabels removes a heading that labels a transcript
// excerpt ("From the transcript") when transcript turns follow it; the
// turns stay. Over prose the heading is a section of the story and stays.
func removeTranscriptLabels(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if !untaken(units, kinds, i) || wc[i] > 7 || !reTranscriptLabel.MatchString(strings.Trim(u.text, ":*_ ")) {
			continue
		}
		if turnsAfter(units, kinds, i, reTranscriptTurn) >= 2 {
			takeBoxLine(kinds, removed, units, i)
		}
	}
}

// removeWarningImpacts removes a warning box's list of impacts: a label
// ("What to expect:") and the bulleted lines under it, when a warning's
// title line ("AMBER WARNING: Wind · Valid …") stands at most three lines
// above. Without the warning's title, a "What to expect" list is the
// story's.
func removeWarningImpacts(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if !untaken(units, kinds, i) || wc[i] > 5 || !reWarningLabel.MatchString(strings.TrimSpace(u.text)) {
			continue
		}
		titled := false
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if reWarningHeadline.MatchString(units[k].text) {
				titled = true
				break
			}
		}
		if !titled {
			continue
		}
		j := i + 1
		for j < len(units) && untaken(units, kinds, j) && wc[j] <= 25 && impactBullet(units[j].text) &&
			!strings.ContainsAny(units[j].text, "\"“”") {
			j++
		}
		if j-i < 3 {
			continue
		}
		for k := i; k < j; k++ {
			takeBoxLine(kinds, removed, units, k)
		}
	}
}

func impactBullet(s string) bool {
	return strings.HasPrefix(s, "• ") || strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "· ")
}

// removeLineupTeams removes a team's name set alone over its line-up
// line: a short line of capitalised words, no sentence, right above a
// line-up.
func removeLineupTeams(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 1; i < len(units); i++ {
		if !lineupLine(units[i].text) || kinds[i] == keep {
			continue
		}
		k := i - 1
		if untaken(units, kinds, k) && wc[k] <= 4 && !endsSentence(units[k].text) && teamNameLine(units[k].text) {
			takeBoxLine(kinds, removed, units, k)
		}
	}
}

func teamNameLine(s string) bool {
	for _, w := range strings.Fields(s) {
		if w == "&" || w == "and" || w == "of" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}
