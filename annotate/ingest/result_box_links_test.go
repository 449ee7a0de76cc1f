package ingest

import "testing"

func TestResultBoxWithLinks(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Final: A. Voss / K. Voss bt Lindqvist / Amaro 21-18 17-21 15-13 Full results · Draw", true},
		{"Semi-final: Ito bt Carvalho 6-3 7-6 (4) Scorecard | Highlights", true},
		{"Quarter-final: Pereira bt Noakes 11-7 11-9 11-5 Order of play", true},
		// near-misses: prose after the scores, a sentence, no link named
		{"The sisters lost 19-21 22-20 15-12 last year", false},
		{"Final: Voss bt Amaro 21-18 21-17 in Porto", false},
		{"They won 21-18 21-17, and the full results are on the site.", false},
	} {
		if got := resultBoxWithLinks(tc.s); got != tc.want {
			t.Errorf("resultBoxWithLinks(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
