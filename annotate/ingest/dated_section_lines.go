package ingest

import "regexp"

// reDatedSectionLine matches a publication line that names the page's
// section or area after a bar: "Published 4 May 2027 at 09:15 | Harbour
// ward", "Posted on 12 March 2027, 8.30am | Business".
var reDatedSectionLine = regexp.MustCompile(`^(?i:(?:first )?(?:published|posted|updated))(?i:\s+on)?\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?\s+\d{4}(?:\s*(?:at|,)\s*\d{1,2}[:.]\d{2}\s*(?i:am|pm)?(?:\s*[A-Z]{2,4})?)?\s*\|\s*[\p{L}][\p{L} '’&-]{1,40}$`)

// datedSectionLine classifies a publication line with its section.
func datedSectionLine(s string, words int) junk {
	if words <= 14 && reDatedSectionLine.MatchString(s) {
		return junkDate
	}
	return keep
}
