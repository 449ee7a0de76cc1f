package ingest

import "testing"

// Bylines that say where the reporters were, in invented names, and
// lines that must stay.
func TestBylineAtPlace(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"By Ines Valko and Tom Brady at Harrow Civic Hall", true},
		{"By Ines Valko at the Old Bailey", true},
		{"By Ines Valko in Port Ellis", true},
		{"By Tuesday at the latest", false},
		{"By Ines Valko at the count", false}, // no place named
		{"By nightfall in Port Ellis the roads had closed.", false},
		{"Ines Valko at Harrow Civic Hall said the vote was close", false},
	} {
		if got := bylineAtPlace(tc.line, wordCount(tc.line)); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.line, got, tc.want)
		}
	}
}
