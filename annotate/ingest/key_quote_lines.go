package ingest

import (
	"regexp"
	"strings"
)

// A show-notes or feature page sets its pull quotes as labelled lines: "Key
// quote: ‘You can’t see it, and that is the problem.’ — Dr Ana Ruiz", often
// under a "Key quotes" heading. The label says the desk chose the line, the
// dash credit stands where a cue would, and the words are said again in the
// transcript or story: the line is furniture. The quotation may be in single
// marks, which the rules for double-marked pull quotes leave alone. A line
// whose quotation the page does not repeat stays (it may be the only place
// the words are given), as does a line without the label or the credit.
var (
	// reKeyQuoteLine matches the label, the quotation and the dash
	// credit; the credit is checked with reDashCredit.
	reKeyQuoteLine = regexp.MustCompile(`^(?i:key quote|pull quote|quote|standout quote|top quote|in (?:his|her|their) words)\s*:\s*([‘“"«„].{8,400}[’”"»])\s*([—–]\s*\p{Lu}.{0,90})$`)
)

// keyQuoteLine returns the quotation of a labelled, dash-credited pull
// quote line, without its marks, or "" when s is no such line.
func keyQuoteLine(s string) string {
	m := reKeyQuoteLine.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || wordCount(m[2]) > 16 || !reDashCredit.MatchString(m[2]) {
		return ""
	}
	return strings.TrimSpace(strings.Trim(m[1], "‘’“”\"«»„ "))
}

// removeKeyQuoteLines removes labelled pull quote lines whose quotation
// another kept paragraph repeats, and the heading right above a run of
// them ("Key quotes", "In their own words").
func removeKeyQuoteLines(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 90 {
			continue
		}
		q := keyQuoteLine(u.text)
		if wordCount(q) < 4 {
			continue
		}
		repeated := false
		for j, o := range units {
			if j != i && kinds[j] == keep && keyQuoteLine(o.text) == "" && repeatsBodyWords(q, o.text) {
				repeated = true
				break
			}
		}
		if !repeated {
			continue
		}
		kinds[i], removed[i] = junkChrome, []string{u.text}
		h := keptBefore(kinds, i-1)
		if h >= 0 && units[h].role == "" && wc[h] <= 5 && !endsSentence(units[h].text) &&
			reReactionHeading.MatchString(strings.TrimRight(strings.Trim(units[h].text, "*_ "), ": ")) {
			kinds[h], removed[h] = junkChrome, []string{units[h].text}
		}
	}
}
