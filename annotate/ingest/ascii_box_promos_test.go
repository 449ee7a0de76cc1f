package ingest

import (
	"strings"
	"testing"
)

// A sign-up box drawn in plain text, in wordings no fixture uses, beside a
// drawn box of figures that must stay.

func TestASCIIBoxPromoRemoved(t *testing.T) {
	box := []string{
		"+----------------------------------------+",
		"| FERRY NEWS EVERY FRIDAY                |",
		"| Timetables and tide warnings, free.    |",
		"| Your email address: [             ]    |",
		"| [ Join the list ]                      |",
		"+----------------------------------------+",
	}
	page := "Ferry timetable cut for the winter\n\n" + blogBody + strings.Join(box, "\n") + "\n\n" + blogBody
	doc, err := Clean("ferry.txt", []byte(page), KindText)
	if err != nil {
		t.Fatal(err)
	}
	assertFurnitureRemoved(t, doc, box[1:5])
}

func TestASCIIBoxOfFiguresStays(t *testing.T) {
	units := []unit{
		{text: "+-----------------------------+"},
		{text: "| Sailings cancelled  |   42  |"},
		{text: "| Passengers affected | 3,100 |"},
		{text: "+-----------------------------+"},
		{text: "| Sign up for alerts at the harbour office |"}, // no box around it
	}
	kinds := make([]junk, len(units))
	removeASCIIBoxPromos(units, kinds, make([][]string, len(units)))
	for i, k := range kinds {
		if k != keep {
			t.Errorf("removeASCIIBoxPromos took %q", units[i].text)
		}
	}
}
