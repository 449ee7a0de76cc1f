package ingest

import (
	"regexp"
	"strings"
)

// A council story's box on the application it reports: the application
// and its reference ("Planning application 26/0412/FUL"), what it is for
// ("Change of use of … to six flats"), and the decision ("Decision:
// Approved with conditions · Vote: 7–3"). In Markdown the lines of a
// blockquote make one paragraph; in HTML and text they are lines of their
// own.
var (
	// reApplicationRef matches the box's first line: an application's
	// name and a reference holding a slash and a figure ("26/0412/FUL",
	// "LIC/2026/118").
	reApplicationRef = regexp.MustCompile(`^(?i:(?:(?:planning|licen[cs]ing|licen[cs]e|premises licen[cs]e|listed building(?: consent)?|householder|outline planning|full planning) application|application(?: (?:no\.?|number|ref(?:erence)?))?)\s*:?\s*)[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,8}){1,4}`)
	// reApplicationOutcome finds the decision label: "Decision:",
	// "Status:", "Outcome:", "Recommendation:".
	reApplicationOutcome = regexp.MustCompile(`(?:^|\s)(?:Decision|Status|Outcome|Recommendation|Result)\s*:\s*\S`)
)

// applicationRef returns the box's first line at the start of s (the name
// and the reference), or "".
func applicationRef(s string) string {
	loc := reApplicationRef.FindStringIndex(s)
	if loc == nil || !strings.ContainsAny(s[:loc[1]], "0123456789") {
		return ""
	}
	if loc[1] < len(s) && s[loc[1]] != ' ' {
		return "" // the reference runs on ("26/0412/FULL-x")
	}
	return s[:loc[1]]
}

// applicationOutcome reports a short decision line: "Decision: Refused".
func applicationOutcome(s string) bool {
	loc := reApplicationOutcome.FindStringIndex(s)
	return loc != nil && loc[0] == 0 && wordCount(s) <= 20 && !reported(strings.ToLower(s))
}

// splitApplicationBox splits a box made one paragraph into its lines: the
// reference, what the application is for, and the decision.
func splitApplicationBox(s string) ([]string, bool) {
	ref := applicationRef(s)
	if ref == "" {
		return nil, false
	}
	rest := strings.TrimSpace(s[len(ref):])
	locs := reApplicationOutcome.FindAllStringIndex(rest, -1)
	if len(locs) == 0 {
		return nil, false
	}
	k := locs[0][0]
	desc, outcome := strings.TrimSpace(rest[:k]), strings.TrimSpace(rest[k:])
	if desc == "" || wordCount(desc) > 40 || strings.Count(desc, ". ") > 0 || !applicationOutcome(outcome) {
		return nil, false
	}
	return []string{ref, desc, outcome}, true
}

// removeApplicationBoxes takes the box: one paragraph holding its lines, or
// the reference's line alone with, in the next two kept units at most,
// what it is for and the decision.
func removeApplicationBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 70 {
			continue
		}
		t := strings.Trim(u.text, "*_ ")
		if lines, ok := splitApplicationBox(t); ok {
			kinds[i], removed[i] = junkChrome, lines
			continue
		}
		if ref := applicationRef(t); ref == "" || ref != t {
			continue
		}
		box := []int{i}
		for j := nextKept(kinds, i+1); j >= 0 && len(box) <= 3 && j <= box[len(box)-1]+2 && units[j].role == "" && wc[j] <= 40; j = nextKept(kinds, j+1) {
			box = append(box, j)
			if applicationOutcome(strings.Trim(units[j].text, "*_ ")) {
				for _, k := range box {
					kinds[k], removed[k] = junkChrome, []string{units[k].text}
				}
				break
			}
		}
	}
}
