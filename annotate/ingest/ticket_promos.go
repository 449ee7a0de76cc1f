package ingest

import "strings"

// ticketLabels open a club or venue site's ticket promotion: "TICKETS:
// Castlebridge Town (A) - SOLD OUT. Join the waiting list >", "Match
// tickets: Harlowe (H) on general sale now ›".
var ticketLabels = []string{"tickets:", "ticket:", "match tickets:", "ticket news:", "ticket alert:", "ticket update:",
	"tickets -", "tickets –", "tickets |"}

// ticketSaleWords say where a sale stands or ask the reader to act on it.
var ticketSaleWords = []string{"sold out", "waiting list", "on sale", "general sale", "buy now", "book now", "buy here",
	"book here", "buy tickets", "book tickets", "get tickets", "get yours", "limited availability", "few remaining",
	"selling fast", "last few", "available now"}

// ticketPromo reports a ticket promotion set between a club's or venue's
// paragraphs: a "Tickets:" label, a fixture or show, and where the sale
// stands ("SOLD OUT", "on general sale now") or a link to act on it
// ("Join the waiting list >"). A line of listing facts under the same
// label ("Tickets: £8 on the door, under-16s free.") names no sale state
// and stays, and so does a reported sentence or a quotation about tickets.
func ticketPromo(s, lower string, words int) bool {
	if words > 30 || !strings.HasPrefix(lower, "ticket") && !strings.HasPrefix(lower, "match ticket") {
		return false
	}
	if !hasPrefix(lower, ticketLabels) || strings.ContainsAny(s, "\"“”«»") || reported(lower) {
		return false
	}
	for _, w := range ticketSaleWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
