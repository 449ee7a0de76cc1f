package ingest

import "testing"

// A series' pager under the text goes; near-misses that only begin with
// "Next" or "Previous" stay.
func TestPagerLine(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Previous entry: Loading the sledges | Next entry: Whiteout at camp four", true},
		{"← Older post: Ten jars of plum jam · Newer post: The allotment in March →", true},
		{"Next episode: The lighthouse keeper's daughter", true},
		{"Previous: A week in the Fens | Next: Boats of the Broads", true},
		{"Previous chapter » The long winter", true},
		{"Next day: we walked 28 kilometres into a headwind and made camp early.", false},
		{"Next steps: the council will vote on the plan in March.", false},
		{"Previous owners had let the garden run wild, she said.", false},
		{"Next entry in the logbook, she said, was written in pencil.", false},
		{"Previous: chief executive of the Fenland Trust", false},
		{"“Next episode: we find out who did it,” the writer joked.", false},
	} {
		if got := pagerLine(c.s, wordCount(c.s)); got != c.want {
			t.Errorf("pagerLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
