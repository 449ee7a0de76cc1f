package ingest

import "testing"

// Weather-and-date lines of page heads, in wordings no fixture uses,
// beside sentences and lines that hold a temperature or a date.

func TestWeatherDateLines(t *testing.T) {
	for _, s := range []string{
		"12°C Holtby  Monday 3 March 2027",
		"Friday 9 May 2025 | Carrow 18°C",
		"-2°F Lake Ridge   Tuesday 14 January 2025",
	} {
		if !weatherDateLine(s, wordCount(s)) {
			t.Errorf("weather and date not found: %q", s)
		}
	}
	for _, s := range []string{
		"It reached 31°C in Holtby on Monday 3 March 2027, the hottest March day on record.",
		"Monday 3 March 2027",
		"12°C Holtby",
		"Temperatures hit 12°C in Holtby on Monday 3 March 2027 as crowds gathered",
	} {
		if weatherDateLine(s, wordCount(s)) {
			t.Errorf("not a weather and date line, taken as one: %q", s)
		}
	}
}
