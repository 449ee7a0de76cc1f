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
