package ingest

import "testing"

// Labelled pull quotes in invented names: the line goes when the page
// repeats its quotation, with the heading over it; near-misses stay.
func TestKeyQuoteLines(t *testing.T) {
	body := "\nMara Hollis: The water is clear, but clear is not the same as clean. We test it every week."
	for _, tc := range []struct {
		line  string
		taken bool
	}{
		{"Key quote: ‘Clear is not the same as clean.’ — Mara Hollis", true},
		{"Key quote: “We test it every week.” — Dr Mara Hollis", true},
		{"Pull quote: ‘The water is clear, but clear is not the same as clean.’ – Mara Hollis, ecologist", true},
		{"Key quote: ‘Nobody has tested the lake since spring.’ — Mara Hollis", false}, // not said on the page
		{"Key quote: ‘Clear is not the same as clean.’", false},                        // no credit
		{"She gave the key quote: ‘Clear is not the same as clean.’ — Mara Hollis", false},
		{"Hollis said: ‘Clear is not the same as clean.’ — and left", false},
	} {
		got := runLines([]string{"\nKey quotes", "\n" + tc.line, body}, removeKeyQuoteLines)
		if got[1] != tc.taken || got[0] != tc.taken || got[2] {
			t.Errorf("%q: taken %v (heading %v, body %v), want %v", tc.line, got[1], got[0], got[2], tc.taken)
		}
	}
}
