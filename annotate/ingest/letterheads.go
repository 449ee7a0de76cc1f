package ingest

import (
	"regexp"
	"strings"
)

// A document an agency issues (a situation update, a notice, a statement)
// opens on its letterhead: the issuer in capitals, an office under it and
// its street address ("COUNTY OF ARDEN" / "OFFICE OF EMERGENCY
// MANAGEMENT" / "200 Market Street, Arden"), and it stamps the issue time
// under the title ("Issued: Friday, June 4, 2027, 9:00 a.m."). The three
// letterhead lines were joined as a headline set over short lines, and the
// stamp was kept as a paragraph.

// reLetterheadAddress matches a line that is a street address and nothing
// else: "1500 Courthouse Square, Linden", "4 Quay Lane, Eastport, EP1 2AB".
var reLetterheadAddress = regexp.MustCompile(`^\d{1,5}[a-z]? (?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Square|Sq|Quay|Way|Place|Row|Drive|Close|Court|Crescent|Terrace|Boulevard|Blvd|Parade|Wharf|Hill|Gardens|Walk|Plaza)\.?(?:,? (?:Suite|Room|Floor) \w{1,5})?(?:, (?:\p{Lu}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]*){0,2}){0,2}(?:,? (?:[A-Z]{2} \d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}))?$`)

// letterheadAddress reports a line that is a street address alone.
func letterheadAddress(s string) bool {
	return wordCount(s) <= 10 && reLetterheadAddress.MatchString(s)
}

// letterheadBlock reports a block that opens on a name in capitals and
// holds a street address line: an issuer's letterhead, whose lines must
// stay apart rather than join as a headline.
func letterheadBlock(lines []unit) bool {
	if len(lines) < 2 || !sectionLine(lines[0].text) {
		return false
	}
	for _, l := range lines[1:] {
		if letterheadAddress(l.text) {
			return true
		}
	}
	return false
}

// reIssueStamp matches a document's issue stamp: "Issued:", "Released:"
// or "Date issued:" and a date with its year or a clock time, nothing else.
var reIssueStamp = regexp.MustCompile(`^(?i:(?:date )?issued|released|time of issue|date of issue)(?: (?i:on|at))?: (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2} \p{Lu}\p{Ll}{2,8}\.?|\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:st|nd|rd|th)?),? \d{4}(?:,? (?:at )?\d{1,2}(?:[:.]\d{2})? ?(?:a\.m\.|p\.m\.|am|pm|AM|PM|hrs|h)?(?: [A-Z]{2,4})?)?\.?$`)

// issueStamp reports an issue stamp line (reIssueStamp).
func issueStamp(s string, words int) bool {
	return words <= 14 && strings.Contains(s, ":") && reIssueStamp.MatchString(s)
}
