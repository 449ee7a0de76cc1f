package ingest

import "testing"

func TestLabelledWarningBox(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"⚠ RED WARNING: WIND Where: The western isles When: 03:00 to 15:00 Sunday Gusts of 90 mph are likely. Flying debris could cause injuries. See the full warning", true},
		{"YELLOW WARNING: RAIN Valid: 06:00 Sat to 18:00 Sat Areas: Coastal districts Spray and flooding on roads are possible.", true},
		{"⚠️ FLOOD ALERT: RIVER TAMLE Issued: 09:12 Monday River levels are rising after heavy rain.", true},
		// near-misses: prose about a warning, a quoted forecaster, a title with no field
		{"The amber warning: snow is likely above 200 metres, and where the band stalls it could settle.", false},
		{"AMBER WARNING: SNOW Where: the hills, \"and plenty of it\", the forecaster said.", false},
		{"⚠ AMBER WARNING: SNOW is now in force for the hills, and we will update this post on Friday.", false},
	}
	for _, tt := range tests {
		if got := labelledWarningBox(tt.line, wordCount(tt.line)); got != tt.want {
			t.Errorf("labelledWarningBox(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
