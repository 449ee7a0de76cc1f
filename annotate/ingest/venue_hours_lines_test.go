package ingest

import "testing"

func TestVenueHoursLine(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"The Pickled Pear, 12 Quay Row, Lanmouth. Open Wednesday to Sunday, 9am until late.", true},
		{"Ferris Books, Old Market Hall, Harle. Open daily 10.30am–5pm", true},
		// near-misses: a sentence of the story, hours without an address,
		// an address without hours
		{"She said the shop, which her aunt ran, would stay. Open Monday to Friday, 8am–6pm, it is never empty.", false},
		{"Open Thursday to Saturday, 7am until sold out.", false},
		{"The Pickled Pear, 12 Quay Row, Lanmouth. Booking essential.", false},
		{"Hollin, Marsh and Pell said it was unfair. Open Monday meetings at 7pm had been cancelled.", false},
	} {
		if got := venueHoursLine(tc.s, wordCount(tc.s)); got != tc.want {
			t.Errorf("venueHoursLine(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
