package ingest

import "testing"

// TestBracketedSlashCredit: a caption ending on "(Name / Outlet)" splits
// into caption and credit; a bracketed choice, a bracketed aside with a
// slash and prose in brackets do not.
func TestBracketedSlashCredit(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"The new footbridge is lifted into place over the canal on Monday. (Marta Silva / Herald)", true},
		{"Firefighters on Ridge Road late on Saturday. [Tom Reyes/The Courier]", true},
		{"Pupils at Hollins Primary with their trophy. (Ana Lucía Vega / Pool via Valley Times)", true},
		{"Voters were asked to tick one box. (Yes / No)", false},
		{"The fare rises to £3.20. (Single / Return prices vary.)", false},
		{"The council met on Monday. (Minutes are at example.org/minutes)", false},
		{"The mayor spoke for an hour. (Full text / video below, from 8pm)", false},
	} {
		_, _, got := splitCaptionCredit(tt.line)
		if got != tt.want {
			t.Errorf("splitCaptionCredit(%q) ok = %v, want %v", tt.line, got, tt.want)
		}
	}
}
