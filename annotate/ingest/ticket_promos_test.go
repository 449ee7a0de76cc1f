package ingest

import "testing"

func TestTicketPromo(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"TICKETS: Harlowe Athletic (A) - SOLD OUT. Join the waiting list >", junkChrome},
		{"Tickets: Brenmoor City (H) on general sale now ›", junkChrome},
		{"Match tickets: Carsfield Cup semi-final - limited availability. Buy now", junkChrome},
		{"TICKETS - Winter panto at the Lyric: selling fast, book now >", junkChrome},
		// listing facts and sentences about tickets are the story's
		{"Tickets: £8 on the door, under-16s free.", keep},
		{"Tickets for the final sold out within an hour, the club said.", keep},
		{"Tickets: \"We sold out in ten minutes,\" the box office manager said.", keep},
		{"Ticket prices will rise by £2 next season after the club's costs went up.", keep},
	})
}
