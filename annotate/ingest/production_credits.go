package ingest

import (
	"regexp"
	"strings"
)

// A podcast's or programme's production credit at the end of its page or
// transcript: "Harbour Hour is produced by Ana Ruiz for Coast FM. Music by
// The Tide Lines." Each of its sentences names who made the programme, and
// nothing of the story comes after it. A report "produced by" someone in
// the story's text is no credit: it has more to say, or text after it.
var (
	// reMadeBy matches a sentence saying who made the programme: "Harbour
	// Hour is produced by Ana Ruiz for Coast FM", "This episode was mixed
	// and edited by Tom Reed".
	reMadeBy = regexp.MustCompile(`^(?:[\p{Lu}\d][\p{L}\d'’&:-]*\s){1,6}(?:is|was|are|were) (?:produced|presented|hosted|edited|mixed|engineered|recorded|made)(?: and (?:produced|presented|hosted|edited|mixed|engineered|recorded))? by \p{Lu}[\p{L}'’.-]*(?: [\p{L}'’&-]+){0,8}$`)
	// reCreditRole matches a role and who had it: "Music by The Tide
	// Lines", "Sound design: Kim Oduya", "Executive producer Jo Marr".
	reCreditRole = regexp.MustCompile(`^(?i:(?:theme |original |additional )?music|sound(?: design)?|mixing|editing|artwork|engineering|(?:executive |series |senior )?producers?|editors?|presenters?|hosts?)(?: and (?i:[\p{L}]+)){0,2}(?: by|:|\s)\s*\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’&-]+){0,6}$`)
)

// productionCredit reports a line of two sentences or more, each a credit,
// the first saying who made the programme: one sentence alone ("The Hale
// Report was produced by …") may be the story's.
func productionCredit(s string) bool {
	s = strings.TrimSpace(s)
	if wordCount(s) > 50 || !endsSentence(s) || strings.ContainsAny(s, "\"“”") || reported(strings.ToLower(s)) {
		return false
	}
	sentences := strings.Split(strings.TrimSuffix(s, "."), ". ")
	if len(sentences) < 2 || !reMadeBy.MatchString(sentences[0]) {
		return false
	}
	for _, t := range sentences[1:] {
		if !reCreditRole.MatchString(t) && !reMadeBy.MatchString(t) {
			return false
		}
	}
	return true
}

// removeProductionCredits takes credit lines that come last among the kept
// lines of the page.
func removeProductionCredits(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := keptBefore(kinds, len(units)-1); i >= 0; i = keptBefore(kinds, i-1) {
		if units[i].role != "" || wc[i] > 50 || !productionCredit(strings.Trim(units[i].text, "*_ ")) {
			return
		}
		kinds[i], removed[i] = junkTrailer, []string{units[i].text}
	}
}
