package ingest

import (
	"regexp"
	"strings"
)

// reVenueHours matches a venue's opening hours as the last sentence of
// its fact line: "Open Thursday to Saturday, 7am until sold out", "Open
// daily 9.30am–5pm".
var reVenueHours = regexp.MustCompile(`^Open (?:daily|every day|weekdays|weekends|(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)[a-z]*)\b[^.!?"“”]*?\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)(?: ?[–-] ?\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm)| (?:until|till|to) [\p{L} ]{2,20})?\.?$`)

// venueHoursLine reports a venue's fact line at the end of a review or a
// profile: the name and address as a comma list, then its opening hours
// ("The Corner Shop, 4 Mill Lane, Ashby. Open Monday to Friday, 8am–6pm.").
// A sentence of the story that mentions when a place opens has no such
// address before it.
func venueHoursLine(s string, words int) bool {
	if words > 30 || !strings.Contains(s, ". Open ") {
		return false
	}
	i := strings.Index(s, ". Open ")
	head, hours := s[:i], s[i+2:]
	return strings.Count(head, ",") >= 2 && wordCount(head) <= 14 && !strings.ContainsAny(head, "\"“”.;:") &&
		reVenueHours.MatchString(hours)
}
