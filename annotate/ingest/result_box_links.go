package ingest

import (
	"regexp"
	"strings"
)

// reScoresThenRest finds the last run of two or more set scores in a line
// ("… bt Salcedo / Ferreira-Lund 19-21 22-20 15-12") and what follows it.
var reScoresThenRest = regexp.MustCompile(`(?:\b\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}\))?[ ,]+){1,4}\d{1,2}[-–]\d{1,2}(?:\s?\(\d{1,2}\))?\s+([^0-9]{2,60})$`)

// resultLinkWords are the links a result box ends in.
var resultLinkWords = []string{"results", "result", "draw", "scorecard", "report", "standings", "table", "fixtures", "highlights", "bracket", "order of play", "live scores"}

// resultBoxWithLinks reports a result box whose links were flattened onto
// its line: set scores, then a short run of links ("Full results · Draw",
// "Scorecard | Highlights"). Prose after the scores ("… 6-4 6-3 last
// year") is no link run: each part is three words at most and one names
// a results page.
func resultBoxWithLinks(s string) bool {
	m := reScoresThenRest.FindStringSubmatch(s)
	if m == nil || endsSentence(s) {
		return false
	}
	named := false
	for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == '·' || r == '|' || r == '•' }) {
		p = strings.ToLower(strings.TrimSpace(p))
		if p == "" {
			continue
		}
		if wordCount(p) > 3 {
			return false
		}
		for _, w := range resultLinkWords {
			if p == w || strings.HasSuffix(p, " "+w) || strings.HasPrefix(p, w+" ") {
				named = true
			}
		}
	}
	return named
}
