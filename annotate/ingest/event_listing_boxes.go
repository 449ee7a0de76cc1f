package ingest

import (
	"regexp"
	"strings"
)

// reListingLabel matches the label of an event's listing box: "Festival
// listings:", "Listings:", "Event details:", "If you go:", "What's on:".
var reListingLabel = regexp.MustCompile(`^(?:(?:\p{L}+ ){0,2}listings?(?: details| info(?:rmation)?)?|(?:event|show|exhibition|festival|visitor) (?:details|info(?:rmation)?)|if you go|what['’]s on|need to know)\s*:\s*\S`)

// rePrice matches a ticket price: "£12", "€8.50", "$20", "free entry".
var rePrice = regexp.MustCompile(`[£€$]\s?\d|\b(?i:free (?:entry|admission)|entry (?:is )?free|admission (?:is )?free)\b`)

// eventListingBox reports the listing box a review or festival report
// sets between paragraphs: a listings label, then when the event runs and
// what it costs, with where to book ("Festival listings: … runs until 21
// June. Day tickets from £12 at …"). listingLine wants a telephone number
// and ticketPromo a "Tickets:" label with a sale state, so such a box
// passed. Both the label and a price must be there, with a web address or
// a date; a reported sentence or a quotation stays.
func eventListingBox(s, lower string, words int) bool {
	if words > 40 || strings.ContainsAny(s, "\"“”«»") || reported(lower) || !reListingLabel.MatchString(lower) {
		return false
	}
	return rePrice.MatchString(s) && (reWebAddress.MatchString(strings.TrimRight(s, ".")) || reDate.MatchString(s) || reDayMonth.MatchString(s))
}

// reDayMonth matches a day and month without a year: "21 June", "June 21".
var reDayMonth = regexp.MustCompile(`(?i)\b(?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?)\b`)
