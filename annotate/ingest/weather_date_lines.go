package ingest

import (
	"regexp"
	"strings"
)

// A local paper's page head may show the weather beside the date, on a
// line of its own: "14°C Dunmere  Thursday 14 August 2026", "Ashby 9°C
// | Mon 3 March 2027". It is a widget, not the story's date: with the
// temperature in it isDateLine refuses it, and it stayed as text before
// the headline. A temperature in degrees, a place of up to three
// capitalised words and a full date, and nothing else, tell it; a
// sentence about the weather has verbs and other words.

// reTemperature matches a temperature and the place named with it, either
// side: "14°C Dunmere", "Ashby -2 °F".
var reTemperature = regexp.MustCompile(`(?:^|\s)(?:(?:\p{Lu}[\p{L}'’-]+ ){0,3}-?\d{1,2} ?°[CF]?(?: (?:\p{Lu}[\p{L}'’-]+ ?){1,3})?)(?:\s|$)`)

// weatherDateLine reports a page head's weather and date line.
func weatherDateLine(s string, words int) bool {
	if words > 14 || !strings.Contains(s, "°") || endsSentence(s) {
		return false
	}
	loc := reTemperature.FindStringIndex(s)
	if loc == nil {
		return false
	}
	rest := strings.Trim(s[:loc[0]]+" "+s[loc[1]:], " |·,–—-")
	return rest != "" && reDate.MatchString(rest) && isDateLine(rest)
}
