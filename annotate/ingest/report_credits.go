package ingest

import "regexp"

// A newsletter or parish magazine credits a report at its foot rather than
// under the headline: "Report by Jo Hale, Parish Clerk", "Words by Sam Ito",
// "Notes taken by Ann Roe, Secretary", "Written up by Lee Ng, secretary". It is a byline, not a sentence (no
// full stop, nothing after the name but a role), and was kept as the
// story's last paragraph. "The report by Jo Hale found …" goes on to say
// something and stays.

// reReportCredit matches such a credit: the credit word and "by", a name
// of two to four capitalised words, and perhaps a role after a comma.
var reReportCredit = regexp.MustCompile(`^(?:Report|Reported|Words|Text|Story|Notes(?: taken)?|Minutes(?: taken)?|(?:Written|Typed) up) by (?:(?:Cllr|Dr|Mr|Mrs|Ms|Rev(?:d)?\.?) )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}(?:, (?:the )?[\p{L}'’ -]{3,40})?$`)

// reportCredit reports a report's credit line (reReportCredit).
func reportCredit(s string, words int) bool {
	return words <= 12 && reReportCredit.MatchString(s)
}
