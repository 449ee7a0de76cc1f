package ingest

import (
	"strings"
	"testing"
)

func TestEventListingBox(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Festival listings: Harrow Jazz Weekend runs until 3 August. Day passes from £18 at harrowjazz.example.", true},
		{"Listings: The Quarry Players, Tuesday to Saturday, Mill Theatre. Tickets £9, concessions £6, at millthea.example.", true},
		{"Exhibition details: Salt and Iron is at the Dock Gallery until 12 October. Free entry.", true},
		{"If you go: the gardens open 10am–5pm daily from 1 May; adults £7.50.", true},
		{"Festival listings were cut from the paper in 2019 to save £40,000 a year, the editor said.", false},
		{"Listings: a weekly column of what is on near you, back next month.", false},
		{"Tickets: £8 on the door, under-16s free.", false},
		{"Festival listings: “Tickets from £12 at the gate,” the poster reads.", false},
	}
	for _, tt := range tests {
		if got := eventListingBox(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
			t.Errorf("eventListingBox(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
