package ingest

import (
	"regexp"
	"strings"
)

// Page furniture first met on unseen pages (issue 12): correction boxes and
// amendment footers, wire-service envelopes, print views, pasted social
// posts, podcast episode notes, match-preview boxes, case reference boxes
// and broadcasters' trailers.

// labelledCorrectionBox reports a correction box that names itself in its
// label ("Editor's note: An earlier version …") and runs longer than the
// short-line rules look at; a body paragraph does not open with the label.
func labelledCorrectionBox(lower string, words int) bool {
	if words > 70 || len(lower) > 700 {
		return false
	}
	l := strings.TrimLeft(lower, "*_([ ")
	if !hasPrefix(l, []string{"correction", "clarification", "editor", "translator", "publisher"}) || !reCorrection.MatchString(l) {
		return false
	}
	for _, p := range []string{"earlier version", "previous version", "we apologise", "we apologize", "incorrectly", "wrongly", "misstated", "has been corrected", "has been amended", "was amended", "was corrected"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// reAmendedFooter matches an amendment footer: "This story was corrected on
// 3 May 2026 to remove …", "This article has been amended on … to clarify …".
var reAmendedFooter = regexp.MustCompile(`^(?i:this (?:article|story|report|piece|page|post|column|interview|feature) (?:was|has been|had been) (?:amended|corrected|updated|changed|edited) on [^.!?]{3,40}? to (?:correct|clarify|remove|reflect|amend|update|add|fix|make clear|include))\b`)

// reWireSlug matches a capitalised wire slug closed by a service tag in
// brackets: "TOPIC: PLACE, WHAT HAPPENED (TRANSLATION)".
var reWireSlug = regexp.MustCompile(`^[^\p{Ll}]{8,300}\(\p{Lu}{3,20}\)$`)

// reWireEnd matches a wire message's closing stamp: "14-MAR-27 13:05 NNNN".
var reWireEnd = regexp.MustCompile(`^(?:\d{1,2}[-/ ]\p{Lu}{3}[-/ ]\d{2,4} \d{1,2}[:.]\d{2} )?NNNN$`)

// An agency's message opens on its number line before the slug: the
// agency's code, the message's number, its priority and the routing codes
// of the desks it goes to ("NLP 0412 3 IND/ENG", "AEP-2231 4 NAC-SUC",
// "CAI-ENG 1184 3 gos 562 /CAI-ENG/"). Short ones went as box headings;
// one of six fields was taken for the headline.
var (
	// reAgencyCode matches the agency's code, with its service's code or
	// the message's number joined by a hyphen: "NLP", "CAI-ENG", "NTM-0917".
	reAgencyCode = regexp.MustCompile(`^\p{Lu}{2,5}(?:-\p{Lu}{2,5}|-(\d{3,5}))?$`)
	// reRoutingCode matches a desk's code in capitals, alone or several
	// joined by a slash or a hyphen, maybe between slashes: "URG",
	// "IND/ENG", "/CAI-ENG/"; reJoinedRouting those joined.
	reRoutingCode   = regexp.MustCompile(`^/?\p{Lu}{1,5}(?:[-/]\p{Lu}{1,5})*/?$`)
	reJoinedRouting = regexp.MustCompile(`^/?\p{Lu}{1,5}(?:[-/]\p{Lu}{1,5})+/?$|^/\p{Lu}{1,5}/$`)
	reMessageNumber = regexp.MustCompile(`^\d{3,5}$`)
)

// agencyNumberLine reports such a line: the agency's code, the message's
// number (joined to the code or after it), a one-figure priority, then
// only numbers and routing codes (a lower-case one of four letters or
// fewer, "gos", too), one of them desks joined by a slash or a hyphen. A
// headline of capitals and figures ("BBC 2 at 50", "NHS 111 to get 500
// more staff") has words where the priority and the routing codes stand.
func agencyNumberLine(s string, words int) bool {
	if words < 3 || words > 8 {
		return false
	}
	f := strings.Fields(s)
	m := reAgencyCode.FindStringSubmatch(f[0])
	if m == nil {
		return false
	}
	k := 1
	if m[1] == "" { // the number after the code
		if !reMessageNumber.MatchString(f[k]) {
			return false
		}
		k++
	}
	if k >= len(f) || len(f[k]) != 1 || f[k][0] < '1' || f[k][0] > '9' {
		return false // the priority
	}
	joined := false
	for _, t := range f[k+1:] {
		switch {
		case reJoinedRouting.MatchString(t):
			joined = true
		case reRoutingCode.MatchString(t), isDigits(t):
		case len(t) <= 4 && strings.IndexFunc(t, func(r rune) bool { return r < 'a' || r > 'z' }) < 0:
		default:
			return false
		}
	}
	return joined
}

// isDigits reports a token of figures only.
func isDigits(t string) bool {
	return t != "" && strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// reLinkLine matches a print view's address line: "Article URL: https://…".
var reLinkLine = regexp.MustCompile(`^(?i:(?:article|page|story|original|source)\s+(?:url|link|address)|url|permalink|web address)\s*:\s*(?:https?://|www\.)\S+$`)

// reRetrievedStamp matches a print view's retrieval stamp: "Retrieved 14 May
// 2026, 09:12 BST", "Printed on 3/6/2026".
var reRetrievedStamp = regexp.MustCompile(`^(?i:retrieved|accessed|printed|downloaded|saved)(?i: on| at)?\s+\S`)

// rePostHeader matches the header of a pasted social post: "Name @handle ·
// 10h", "Name @handle · 3 Jun".
var rePostHeader = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}\d.'’ -]{0,40}\s@[A-Za-z0-9_.]{1,30}\s*[·•|]\s*(?:\d{1,2}\s?(?:s|m|min|h|hr|d|w)|\d{1,2} \p{L}{3,9}(?: \d{4})?|\p{L}{3,9} \d{1,2}(?:, \d{4})?)$`)

// rePostCounts matches a post's counters: "96 reposts · 230 likes".
var rePostCounts = regexp.MustCompile(`^(?:[\d.,]+[KkMm]? (?i:reposts?|retweets?|likes?|replies|reply|comments?|shares?|views?|quotes?|bookmarks?|reactions?)\s*(?:[·•|,]\s*|$))+$`)

// reAutoTranscript matches a note that a transcript was made by machine.
var reAutoTranscript = regexp.MustCompile(`^(?i:(?:this|the|our) (?:episode )?transcripts? (?:was|is|are|has been|have been) (?:produced|generated|created|made|transcribed|prepared) (?:automatically|by (?:software|machine|a machine|speech[- ]recognition|ai|artificial intelligence|an automated)))`)

// matchBoxHeadings are the headings of a match preview's boxes.
var matchBoxHeadings = setOf("team news", "predicted line-ups", "predicted lineups", "probable line-ups", "probable lineups",
	"possible line-ups", "possible lineups", "confirmed line-ups", "starting line-ups", "line-ups", "lineups",
	"predicted teams", "possible teams", "probable teams", "predicted xi", "predicted xis")

// reFormation matches a team line with its formation: "Club (4-2-3-1):
// Keeper; Back, Back; …".
var reFormation = regexp.MustCompile(`^\p{Lu}[\p{L}.'’& -]{1,40} \(\d(?:-\d){2,4}\)\s*:\s*\p{Lu}[^;]*;`)

// reFixtureTeams matches the first part of a fixture line: "Home v Away".
var reFixtureTeams = regexp.MustCompile(`^\p{Lu}[\p{L}.'’& -]{1,40} (?:v|vs\.?) \p{Lu}[\p{L}.'’& -]{1,40}$`)

var reFixtureWhen = regexp.MustCompile(`(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}[:.]\d{2}\b|\bkick-?off\b`)

// rePollCount matches a poll's counter: "2,341 votes · Poll closes at …".
var rePollCount = regexp.MustCompile(`^[\d.,]+[KkM]? (?i:votes?)\b`)

// reCaseNumber and reJudgmentDate match lines of a case reference box.
var reCaseNumber = regexp.MustCompile(`\b(?i:case|claim|appeal) (?i:no\.?|number)\s*:?\s*[A-Z0-9][A-Z0-9/-]{3,}$`)
var reJudgmentDate = regexp.MustCompile(`^(?i:judgment|judgement|ruling|decision|hearing)(?i: handed down| delivered| given| date| dated)?\s*:\s*`)

// reBoxURL matches a labelled bare address: "Flood warnings: site.co.uk/floods".
var reBoxURL = regexp.MustCompile(`^\p{Lu}[\p{L}\d '’&-]{1,40}:\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|co\.uk|org|org\.uk|net|gov|gov\.uk|uk|ie|eu|info|tv|news)(?:/\S*)?$`)

// envelopeOrWidgetKind classifies the line kinds above; keep when none fits.
func envelopeOrWidgetKind(s, lower string, words int) junk {
	switch {
	case words <= 45 && strings.HasPrefix(lower, "this ") && reAmendedFooter.MatchString(s):
		return junkTrailer
	case words <= 3 && strings.HasPrefix(s, "ZCZC"):
		return junkWire
	case agencyNumberLine(s, words): // "CAI-ENG 1184 3 gos 562 /CAI-ENG/"
		return junkWire
	case words <= 6 && strings.HasSuffix(s, "NNNN") && reWireEnd.MatchString(s):
		return junkTrailer
	case words >= 3 && words <= 40 && s[len(s)-1] == ')' && strings.ContainsAny(s, ":,") && reWireSlug.MatchString(s):
		return junkWire
	case words <= 40 && len(s) > 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') &&
		(strings.Contains(lower, "translated from ") || strings.Contains(lower, "translated by ") || strings.Contains(lower, "translation by ")):
		return junkTrailer
	case words <= 4 && (lower == "print this page" || lower == "print this article" || lower == "print this story" || lower == "print article" || lower == "print page"):
		return junkChrome
	case words <= 6 && strings.Contains(s, ":") && reLinkLine.MatchString(s):
		return junkChrome
	case words <= 10 && reRetrievedStamp.MatchString(s) && (reDate.MatchString(s) || reTime.MatchString(s)):
		return junkDate
	case words <= 12 && strings.Contains(s, "@") && rePostHeader.MatchString(s):
		return junkChrome
	case words <= 16 && s != "" && s[0] >= '0' && s[0] <= '9' && rePostCounts.MatchString(s):
		return junkChrome
	case postFooterLine(s, words): // "6:48 PM · Nov 17, 2026 9.4K likes · 3,112 reposts View on X" (post_footers.go)
		return junkChrome
	case words <= 50 && strings.Contains(lower, "transcript") && reAutoTranscript.MatchString(s):
		return junkTrailer
	case words <= 4 && matchBoxHeadings[strings.TrimRight(lower, ": ")]:
		return junkChrome
	case words <= 40 && strings.Contains(s, ";") && (reFormation.MatchString(s) || teamNewsLine(s)):
		return junkChrome
	case words <= 25 && fixtureLine(s):
		return junkChrome
	case words <= 12 && s != "" && s[0] >= '0' && s[0] <= '9' && rePollCount.MatchString(s):
		return junkChrome
	case words <= 16 && strings.Contains(lower, " n") && !strings.ContainsAny(s, "\"“”") && reCaseNumber.MatchString(s):
		return junkChrome
	case words <= 10 && reJudgmentDate.MatchString(s) && reDate.MatchString(s):
		return junkDate
	case words <= 8 && strings.Contains(s, ":") && strings.Contains(s, ".") && reBoxURL.MatchString(s):
		return junkChrome
	}
	return keep
}

// fixtureLine reports a fixture line of a match preview: "Home v Away ·
// Sunday 12:00 · Ground · Live on Channel".
func fixtureLine(s string) bool {
	if !strings.Contains(s, "·") || !strings.Contains(s, " v") {
		return false
	}
	parts := strings.Split(s, "·")
	if len(parts) < 2 || !reFixtureTeams.MatchString(strings.TrimSpace(parts[0])) {
		return false
	}
	for _, p := range parts[1:] {
		if reFixtureWhen.MatchString(p) {
			return true
		}
	}
	return false
}

// reEpisodeStamp matches a line of a podcast's episode notes: "01:45 — Guest
// on the topic".
var reEpisodeStamp = regexp.MustCompile(`^[(\[]?(\d{1,2}):(\d{2})(?::(\d{2}))?[)\]]?\s*(?:[—–-]\s*)?\S`)

// reCaseBoxHeading matches the heading of a case reference box.
var reCaseBoxHeading = regexp.MustCompile(`^(?i:case (?:reference|details|information|summary|file|facts)|about the case|the case in brief)$`)

// removeRunBoxes removes the boxes that only their
// run of lines tells apart: a podcast's list of timestamps (three lines or
// more, each a time and a short title, the times rising), a reader poll's
// question and options above its vote count, and a case reference box
// (its heading and the short lines under it).
func removeRunBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	take := func(k int, kind junk) {
		kinds[k] = kind
		removed[k] = []string{units[k].text}
	}
	plain := func(j int) bool {
		return kinds[j] == keep && !strings.ContainsAny(units[j].text, "\"“”«»") && !endsSentence(units[j].text)
	}
	for i := 0; i < len(units); i++ {
		// episode notes
		if plain(i) && wc[i] <= 14 && reEpisodeStamp.MatchString(units[i].text) {
			run, last := []int{}, -1
			for j := i; j < len(units) && plain(j) && wc[j] <= 14; j++ {
				m := reEpisodeStamp.FindStringSubmatch(units[j].text)
				if m == nil {
					break
				}
				t := episodeSeconds(m)
				if t <= last {
					break
				}
				last = t
				run = append(run, j)
			}
			if len(run) >= 3 {
				for _, k := range run {
					take(k, junkChrome)
				}
				i = run[len(run)-1]
				continue
			}
		}
		// poll: question and options above the count
		if kinds[i] != keep && wc[i] <= 12 && rePollCount.MatchString(units[i].text) {
			var cand []int
			for j := i - 1; j >= 0 && i-j <= 8; j-- {
				if kinds[j] != keep {
					continue
				}
				if wc[j] > 12 || strings.ContainsAny(units[j].text, "\"“”«»") {
					break
				}
				cand = append(cand, j)
				if strings.HasSuffix(strings.TrimSpace(units[j].text), "?") {
					for _, k := range cand {
						take(k, junkChrome)
					}
					break
				}
			}
		}
		// case reference box
		if wc[i] <= 4 && reCaseBoxHeading.MatchString(strings.TrimRight(units[i].text, ": ")) && (kinds[i] == keep || kinds[i] == junkChrome) {
			take(i, junkChrome)
			for j := i + 1; j < len(units) && j <= i+8; j++ {
				if kinds[j] != keep {
					continue
				}
				if !plain(j) || wc[j] > 20 {
					break
				}
				take(j, junkChrome)
			}
		}
	}
}

// episodeSeconds turns a matched stamp into seconds.
func episodeSeconds(m []string) int {
	n := func(s string) int {
		v := 0
		for _, c := range s {
			v = v*10 + int(c-'0')
		}
		return v
	}
	if m[3] != "" {
		return n(m[1])*3600 + n(m[2])*60 + n(m[3])
	}
	return n(m[1])*60 + n(m[2])
}

// reTeamNewsLabel matches the club opening a team-news line: "Club: ".
var reTeamNewsLabel = regexp.MustCompile(`^\p{Lu}[\p{L}.'’& -]{1,40}: `)

// teamNewsStatus are the words that close each item of a team-news line.
var teamNewsStatus = []string{" out", " fit", " doubt", " doubtful", " 50-50", " suspended", " available",
	" unavailable", " injuries", " injured", " banned", " back", " returns", " ok", " contention", " absentees", " ill"}

// teamNewsLine reports a match preview's team news for one club: the
// club, a colon, and two items or more set apart by semicolons, each a
// player and his state ("Rovers: Dale (calf) out; Imrie (illness) doubt;
// no other absentees").
func teamNewsLine(s string) bool {
	m := reTeamNewsLabel.FindString(s)
	if m == "" {
		return false
	}
	parts := strings.Split(s[len(m):], ";")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = " " + strings.ToLower(strings.TrimRight(strings.TrimSpace(p), "."))
		if wordCount(p) > 10 {
			return false
		}
		ok := false
		for _, w := range teamNewsStatus {
			if strings.HasSuffix(p, w) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
