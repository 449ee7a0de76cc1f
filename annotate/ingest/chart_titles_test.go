package ingest

import "testing"

func TestChartTitle(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Harrow Valley bus routes: cancelled journeys by month", true},
		{"Kestrel Energy tariffs: average annual bill by region", true},
		{"School places in Dunmere: pupils per class, 2019 to 2025", true},
		{"The council's answer: cuts to every service by April.", false},
		{"Councillor Ruth Amos said: figures would follow by year", false},
		{"Harrow Valley bus routes: Cancelled Journeys", false},
		{"Harrow Valley bus routes", false},
	}
	for _, tt := range tests {
		if got := chartTitle(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("chartTitle(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
