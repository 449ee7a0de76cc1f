package ingest

import (
	"regexp"
	"strings"
)

// A match report or ratings page sets the result above the story in a box:
// a status label, the scoreline with the scorers in brackets and the
// match facts after a dot ("FT: Harlowe Rovers 2 (Ellis 12, 70)
// Castlebridge Town 1 (Mbeki 44) · Att: 8,412"). reScoreline knows the bare
// scoreline; this reads the box around it. The "FT:" label must never pass
// for a dateline's place.

var (
	// reScoreStatus matches the status label opening a result box: "FT:",
	// "HT -", "Full time:", "Final score:", "Result:", "AET:".
	reScoreStatus = regexp.MustCompile(`^(?i:FT|HT|AET|full[- ]time|half[- ]time|final(?: score)?|result)\s*[:—–-]\s*`)

	// reScorers matches the scorers in brackets after a side's score:
	// " (Ellis 12, 70 pen)", " (Mbeki 44)".
	reScorers = regexp.MustCompile(`\s*\([^()]{1,80}\)`)

	// reMatchFact matches a fact set beside a result: "Att: 8,412",
	// "Attendance 8,412", "Ref: Tom Haddow", "Referee: G. Pattullo", "Venue:
	// Quayside Ground", or a bare figure.
	reMatchFact = regexp.MustCompile(`^(?:(?i:att|attendance|crowd|ref|referee|venue|ko|kick-off)\.?\s*:?\s*[\p{L}\d.,'’ -]{1,40}|\d[\d,]*)$`)
)

// resultBox reports a result box line: an optional status label, a
// scoreline whose sides may carry their scorers in brackets, and match
// facts after "·" or "|". A line with a full stop at its end is prose.
func resultBox(s string) bool {
	if endsSentence(s) || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	parts := splitHeader(s)
	if len(parts) == 0 {
		parts = []string{s}
	}
	for _, f := range parts[1:] {
		if !reMatchFact.MatchString(strings.TrimSpace(f)) {
			return false
		}
	}
	line := reScoreStatus.ReplaceAllString(strings.TrimSpace(parts[0]), "")
	line = strings.TrimSpace(reScorers.ReplaceAllString(line, ""))
	return line != strings.TrimSpace(s) && reScoreline.MatchString(line)
}

// A phone app splits the result box over lines of its own: the scorers of
// each side under the score, each a name and the minutes with a minute
// mark ("Okafor 23’, Vance 82’", "Ellis 12', 70' (pen)"), and the ground
// with the match facts ("Dunmore Road · Att: 11,482"). A story's sentence
// has a verb; neither line has.
// scorer matches one scorer: a name (perhaps with "van", "de" …) and the
// minutes, perhaps "(pen)" or "og".
const scorer = `\p{Lu}[\p{L}.'’-]*(?: (?:van|von|der|den|de|da|di|du|le|la|\p{Lu}[\p{L}.'’-]*)){0,3} \d{1,3}(?:\+\d{1,2})?['’′](?:, ?\d{1,3}(?:\+\d{1,2})?['’′])*(?: ?\((?i:pen|og|o\.g\.)\)| (?i:pen|og))?`

var (
	// reScorerLine matches a line of scorers: names with their minutes
	// ("23’", "45+2'"), perhaps "(pen)" or "og", set apart by commas.
	reScorerLine = regexp.MustCompile(`^` + scorer + `(?:,? ` + scorer + `)*$`)

	// reLabelledMatchFact matches a labelled fact of a result box: "Att:
	// 11,482", "Ref: Tom Haddow" (reMatchFact without its bare figure).
	reLabelledMatchFact = regexp.MustCompile(`^(?i:att|attendance|crowd|ref|referee|ko|kick-off)\.?\s*:?\s*[\p{L}\d.,'’ -]{1,40}$`)
	// rePlaceName matches a ground's name: capitalised words.
	rePlaceName = regexp.MustCompile(`^\p{Lu}[\p{L}.'’&-]*(?: (?:of|the|de|\p{Lu}[\p{L}.'’&-]*)){0,4}$`)
)

// scorerLine reports a line of scorers and their minutes.
func scorerLine(s string, words int) bool {
	return words <= 16 && reScorerLine.MatchString(s)
}

// matchFactsLine reports the ground beside a result box's labelled facts,
// set apart by "·" or "|": every part a ground's name or a labelled fact,
// one labelled fact at least.
func matchFactsLine(s string, words int) bool {
	if words > 14 || endsSentence(s) {
		return false
	}
	parts := splitHeader(s)
	if len(parts) < 2 {
		return false
	}
	facts := 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case reLabelledMatchFact.MatchString(p):
			facts++
		case rePlaceName.MatchString(p):
		default:
			return false
		}
	}
	return facts > 0
}

// A phone app sets the fixture over the result box it splits over lines
// ("Harbury Town v Kelso Athletic" over "Harbury Town", "2 - 1", "Kelso
// Athletic", "FT"): with the box gone, the fixture line stayed and passed
// for the headline. It goes only when the units right under it are all
// furniture, name both sides and give a score; "Smith v Jones" over kept
// text is a headline (a court case, a match preview) and stays.

var (
	// reFixture matches a fixture: two sides of one to four capitalised
	// words, "v" or "vs" between them.
	reFixture = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}) (?:v|vs\.?) (\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3})$`)
	// reBoxScore matches a score in a result box: "2 - 1", "3–0".
	reBoxScore = regexp.MustCompile(`(?:^|\s)\d{1,3} ?[-–] ?\d{1,3}(?:\s|$)`)
)

// removeFixtureLines removes a fixture line over a removed result box.
func removeFixtureLines(units []unit, kinds []junk, removed [][]string) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" {
			continue
		}
		m := reFixture.FindStringSubmatch(u.text)
		if m == nil {
			continue
		}
		home, away, score := false, false, false
		for j := i + 1; j < len(units) && j <= i+15 && kinds[j] != keep; j++ {
			t := units[j].text
			home = home || strings.Contains(t, m[1])
			away = away || strings.Contains(t, m[2])
			score = score || reBoxScore.MatchString(t)
		}
		if home && away && score {
			kinds[i] = junkChrome
			removed[i] = []string{u.text}
		}
	}
}
