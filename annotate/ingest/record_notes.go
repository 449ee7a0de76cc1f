package ingest

import (
	"regexp"
	"strings"
)

// reNotARecord matches the first sentence of a page's note that it is no
// official record of what was said: "This summary is not a transcript and
// is not evidence.", "This report is not a verbatim record of the
// proceedings."
var reNotARecord = regexp.MustCompile(`^this (?:summary|report|account|article|page|digest|note|live blog|blog|round-?up|write-?up) is not (?:a |an |the )?(?:verbatim |full |official |complete |word-for-word |formal )?(?:transcript|record|minutes|account)(?: of (?:the |today's |today’s |each )?(?:hearings?|proceedings|evidence|debates?|meetings?|sessions?|day))?(?:,? (?:and (?:is|does) not|nor (?:is|does) it) (?:constitute |form |amount to |form part of )?(?:an? |the |part of the )?(?:evidence|official record|legal advice|record|ruling))?\.`)

// notARecordNote reports a standing note under a summary of a hearing or
// a meeting that it is no transcript, perhaps saying where the official
// record is published: a short paragraph of short sentences with no
// quotation and no reporting verb. "This summary is not a transcript,
// lawyers argued" ends no sentence at "transcript" and stays.
func notARecordNote(s, lower string, words int) bool {
	if words > 45 || !strings.HasPrefix(lower, "this ") || strings.ContainsAny(s, "\"“”") || reported(lower) {
		return false
	}
	m := reNotARecord.FindStringIndex(lower)
	if m == nil {
		return false
	}
	for _, sent := range strings.Split(lower[m[1]:], ". ") {
		if wordCount(sent) > 20 {
			return false
		}
	}
	return true
}
