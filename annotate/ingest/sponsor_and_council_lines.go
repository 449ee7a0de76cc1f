package ingest

import (
	"regexp"
	"strings"
)

// Furniture that local-news and club pages print on its own line around a
// story: a labelled byline ("Local democracy reporter: Jane Doe"), a vote
// tally under a council report ("How they voted: For 31 (…) | Against 22
// (…)"), the funding note of a reporting scheme ("The Local Democracy
// Reporting Service is funded by …"), a travel disclosure ("Jane Doe
// travelled to X on …. The paper paid for her travel."), a ticket line
// ending in its link label ("… are on sale now. Buy tickets") and a sponsors
// line ("The club is proud to be supported by A, B and C."). A quotation or
// a reported sentence that only mentions a vote, funding or travel is
// article text.

// reLabelByline matches a job title, a colon and a name.
var reLabelByline = regexp.MustCompile(`^(?:[\p{L}'’-]+ ){0,3}(?i:reporter|correspondent|editor|writer|journalist): (.+)$`)

// reVoteTally matches a labelled tally with both "For N" and "Against N".
var reVoteTally = regexp.MustCompile(`^(?i:how (?:they|councillors|members|mps|the council|the committee) voted|the vote|vote|votes|voting|result):?\s+(?i:for)\s+\d+\b.*\b(?i:against)\s+\d+\b`)

// reSchemeFunded matches a reporting scheme's funding note: "The Local
// Democracy Reporting Service is funded by …".
var reSchemeFunded = regexp.MustCompile(`^(?:The |This )?(?:\p{Lu}[\p{L}'’-]*\s+){0,6}(?:Reporting|Journalism|Reporter|Reporters)(?:\s+\p{Lu}[\p{L}'’-]*){0,3} (?:is|are) (?:part[- ])?(?:funded|paid for|supported) by\b`)

// reTravelled and rePaidTravel make a travel disclosure.
var (
	reTravelled  = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3} (?:travelled|traveled) to\b`)
	rePaidTravel = regexp.MustCompile(`(?i:\bpaid for (?:his|her|their|the) (?:travel|trip|flights?|accommodation)|\b(?:travel|trip|flights?|accommodation) (?:was|were) (?:paid for|provided|funded) by|\bas (?:a )?guests? of\b)`)
)

// reTicketLinkLine matches a ticket line ending in its link label.
var reTicketLinkLine = regexp.MustCompile(`(?i:\btickets?\b.*\bon sale\b.*[.!] (?:buy|book|get) (?:your )?tickets?(?: now| here| online)?[.!]?)$`)

// reProudSponsors matches a sponsors line.
var reProudSponsors = regexp.MustCompile(`^\p{Lu}[^.“”"]{0,60} (?:are|is) (?i:proud(?:ly)? (?:to be )?(?:supported|sponsored|backed|partnered) by) `)

// sponsorOrCouncilLine classifies one of those lines, keep otherwise.
func sponsorOrCouncilLine(s string, words int) junk {
	if words > 50 || strings.ContainsAny(s, "“”\"«»") {
		return keep
	}
	if m := reLabelByline.FindStringSubmatch(s); m != nil && words <= 9 && isBylineNames(m[1]) {
		return junkByline
	}
	if words <= 40 && reVoteTally.MatchString(s) {
		return junkTrailer
	}
	if words <= 30 && reSchemeFunded.MatchString(s) {
		return junkTrailer
	}
	if reTravelled.MatchString(s) && rePaidTravel.MatchString(s) && strings.Count(s, ". ") <= 2 {
		return junkTrailer
	}
	if words <= 40 && reTicketLinkLine.MatchString(s) {
		return junkTrailer
	}
	if words <= 40 && reProudSponsors.MatchString(s) {
		return junkTrailer
	}
	return keep
}
