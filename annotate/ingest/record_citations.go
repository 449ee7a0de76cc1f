package ingest

import "regexp"

// reRecordCitation matches the reference a parliamentary report sets under
// an extract from the official record: "Official Report, 9 March 2027,
// Vol. 812, cols 233–234", "HC Deb, 4 May 2026, vol 771, col 88",
// "Hansard, 12 June 2025, Vol. 760, c. 410". It names the record, then a
// date, a volume and the columns, and nothing else: no verb, no sentence.
var reRecordCitation = regexp.MustCompile(`^(?:Official Report|Hansard|H[CL] Deb(?:ates)?|Lords Hansard|Commons Hansard)[,:]?\s[^.;!?"“”]{0,40}?(?i:vol(?:ume)?\.?)\s*\d{1,4}[,;]?\s*(?i:cols?\.?|columns?|cc?\.)\s*\d{1,5}[A-Z]{0,2}(?:\s*[–-]\s*\d{1,5}[A-Z]{0,2})?\.?$`)

// recordCitation reports a citation of the official record on a line of its
// own (reRecordCitation): the source line of a quoted exchange, not a
// sentence of the report.
func recordCitation(s string, words int) bool {
	return words <= 20 && reRecordCitation.MatchString(s)
}
