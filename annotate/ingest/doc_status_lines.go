package ingest

import "regexp"

// reDocStatus matches a document's approval state on a line of its own:
// "Status: Draft, subject to approval by the board at its next meeting",
// "Minutes status: unconfirmed", "Status: Approved". It is the record's
// furniture, not what was said at the meeting.
var reDocStatus = regexp.MustCompile(`^(?i:status|document status|minutes status|approval status)\s*:\s*(?i:draft|approved|unapproved|unconfirmed|confirmed|provisional|final|agreed|not yet approved|awaiting approval)\b`)

// docStatusLine reports such a status line: short, quoting nobody.
func docStatusLine(s string, words int) bool {
	return words <= 20 && s[0] != '"' && reDocStatus.MatchString(s)
}
