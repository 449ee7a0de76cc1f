package ingest

import (
	"regexp"
	"strings"
)

var (
	// reAdvertPhone matches a telephone number as an advert gives it:
	// "01632 960 441", "0117 496 0000", "07700 900123", "+44 20 7946 0000".
	reAdvertPhone = regexp.MustCompile(`(?:^|[\s(:])(?:\+\d{2} ?)?0?\d{2,5}(?:[ -]\d{3,4}){1,2}\b`)
	// reAdvertOffer matches what an advert offers or asks: "available for
	// parties", "for hire", "ring Brian", "call 0117 …", "bookings",
	// "enquiries", "free quotes".
	reAdvertOffer = regexp.MustCompile(`(?i)\b(?:available for|for hire|to hire|to let|for sale|ring|call|phone|tel|bookings?|enquiries|free quotes?|no job too small|contact)\b`)
)

// removeASCIIBoxAdverts removes an advert drawn in plain text: "| … |"
// lines between two "+----+" rules, as a parish newsletter or a club's
// letter prints a hall for hire or a trader's notice among its reports.
// The box goes when its words offer something and give a telephone number
// to ring; a box of figures or of a quotation has no such pair and stays.
func removeASCIIBoxAdverts(units []unit, kinds []junk, removed [][]string) {
	removeASCIIBoxes(units, kinds, removed, func(lines []string) bool {
		var b strings.Builder
		for _, t := range lines {
			b.WriteString(strings.Trim(t, "| "))
			b.WriteByte(' ')
		}
		s := b.String()
		return wordCount(s) <= 80 && !strings.ContainsAny(s, "\"“”") && reAdvertPhone.MatchString(s) && reAdvertOffer.MatchString(s)
	})
}
