package ingest

import (
	"regexp"
	"strings"
)

// A match report's summary box under the headline: the scores of both
// sides on one line, set apart by a dot or a bar ("Oakham 286-7 (50 ov) ·
// Bexley 287-6 (49.2 ov)", "Tigers 24 | Saints 17"), and often the
// result above it, a line with no full stop ("Bexley won by four wickets
// (with 4 balls remaining)", "Tigers beat Saints by seven points"). The
// score line is furniture on its own; the result line only beside one,
// since a result without a full stop may be a story's subheading.
// sideName matches a side's name: capitalised words, perhaps joined by
// "and", "&", "of" ("Corby Vale", "Brighton & Hove Albion", "Isle of Wight").
const sideName = `\p{Lu}[\p{L}.'’-]*(?: (?:&|and|of|de|la|[\p{Lu}\d][\p{L}.'’-]*)){0,5}`

var (
	// reScoreSide matches one side's score: a name, a score that may carry
	// wickets or a second figure ("286-7", "3/120"), and what it was made in
	// ("(50 ov)", "(aet)").
	reScoreSide = regexp.MustCompile(`^` + sideName + ` \d{1,4}(?:[-/]\d{1,3})?(?:\s?\([^()]{1,30}\))?$`)
	// reResultLine matches a result: a side, what it did and to whom or by
	// how much ("won by 38 runs", "beat Hale 3-1", "drew with Mere").
	reResultLine = regexp.MustCompile(`^` + sideName + ` (?:won|win|wins|beat|beats|drew with|draw with|tied with|lost to|lose to) (?:by \S|\p{Lu}|\d)[^.!?;:"“”]{0,80}$`)
)

// scoreSeparators part two sides' scores.
var scoreSeparators = []string{" · ", " | ", " • ", " v ", " vs ", " vs. "}

// scoreSidesLine reports a line holding the scores of two sides and nothing
// else.
func scoreSidesLine(s string) bool {
	if wordCount(s) > 20 || endsSentence(s) || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	for _, sep := range scoreSeparators {
		parts := strings.Split(s, sep)
		if len(parts) != 2 {
			continue
		}
		if reScoreSide.MatchString(strings.TrimSpace(parts[0])) && reScoreSide.MatchString(strings.TrimSpace(parts[1])) {
			return true
		}
	}
	return false
}

// resultLine reports a short line giving a match's result, with no full
// stop and no quotation.
func resultLine(s string) bool {
	if wordCount(s) > 18 || endsSentence(s) || reported(strings.ToLower(s)) {
		return false
	}
	return reResultLine.MatchString(s)
}

// removeMatchSummaryBoxes takes a score line out of the body, and a result
// line the next kept line or the one before it when it sits beside one.
func removeMatchSummaryBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 20 || !scoreSidesLine(strings.Trim(u.text, "*_ ")) {
			continue
		}
		kinds[i], removed[i] = junkChrome, []string{u.text}
		for _, j := range []int{keptBefore(kinds, i-1), nextKept(kinds, i+1)} {
			if j >= 0 && j >= i-2 && j <= i+2 && units[j].role == "" && resultLine(strings.Trim(units[j].text, "*_ ")) {
				kinds[j], removed[j] = junkChrome, []string{units[j].text}
			}
		}
	}
}

// keptBefore returns the last kept unit at i or before it, or -1.
func keptBefore(kinds []junk, i int) int {
	for ; i >= 0; i-- {
		if kinds[i] == keep {
			return i
		}
	}
	return -1
}
