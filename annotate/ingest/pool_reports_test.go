package ingest

import "testing"

func TestPoolReportLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want junk
	}{
		{"POOL REPORT #2 - HARBOUR BRIDGE - FRI JUNE 12", junkChrome},
		{"POOL REPORT 4 | AIRPORT ARRIVAL", junkChrome},
		{"Pool report No. 1 – Town hall visit", junkChrome},
		{"Pool reports are sent to members as filed and are not checked by the Tarn Press desk.", junkTrailer},
		{"The pool report is shared among member outlets unedited.", junkTrailer},
		// near-misses: a story's sentences about a pool report stay
		{"Pool report says the minister left by the back door.", keep},
		{"A pool report described the meeting as tense.", keep},
		{"Pool reports are distributed to members, the association said.", keep},
		{"Pool reports are shared with “every accredited outlet”, a spokesman added.", keep},
	} {
		if got := poolReportLine(c.s, wordCount(c.s)); got != c.want {
			t.Errorf("poolReportLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestDateLineZoneOffset(t *testing.T) {
	for _, s := range []string{"June 3, 2026 9:05 AM GMT+1", "14 May 2025 18:30 UTC-05:00"} {
		if !isDateLine(s) {
			t.Errorf("isDateLine(%q) = false, want true", s)
		}
	}
	for _, s := range []string{
		"June 3, 2026 9:05 AM GMT+1 the lights went out",
		"GMT+1 clocks went back on 3 June 2026 for the whole region",
	} {
		if isDateLine(s) {
			t.Errorf("isDateLine(%q) = true, want false", s)
		}
	}
}
