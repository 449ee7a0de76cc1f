package ingest

import (
	"regexp"
	"strings"
)

// A court report ends with the paper's note on how it reports the courts:
// "Court reports in the Gazette are published in line with the Judicial
// Press Guidance. A person charged with an offence is presumed innocent
// until proven guilty. If you believe a report is inaccurate, email …".
// reCourtNote reads "Court cases are reported in accordance with …"; with
// the paper named between the subject and its verb, or "published in line
// with" for "reported in accordance with", the note stayed as the story's
// last paragraph, and the suggester read "Court" as a speaker. The note
// speaks in the present of the paper's reports in general; a story's
// sentence about what a court report said or was ("Court reports from
// 1890 were published in line with …", "…, the judge said") does not.

// reCourtPolicyNote matches the note's first sentence: court reports (in
// a named paper) are published, written or made under a code or guidance.
var reCourtPolicyNote = regexp.MustCompile(`^(?i:(?:all )?(?:our )?court (?:reports|reporting|coverage|cases|stories)(?: (?:in|on|at|by|from|for) (?:the |this )?[^.,;:"“”]{1,50}?)? (?:are|is) (?:published|written|reported|produced|prepared|made|carried) (?:in line with|in accordance with|under|according to|following|within)\b)`)

// courtPolicyNote reports such a note: a paragraph of up to three short
// sentences, without quotation marks or a reporting verb.
func courtPolicyNote(s string, words int) bool {
	if words > 60 || strings.ContainsAny(s, "\"“”") || reported(strings.ToLower(s)) {
		return false
	}
	return reCourtPolicyNote.MatchString(strings.Trim(s, "*_ "))
}
