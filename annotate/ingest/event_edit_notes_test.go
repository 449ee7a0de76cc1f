package ingest

import "testing"

// An editing note naming a spoken event goes; a story's sentence about
// what happened to the event stays.
func TestEventEditedNote(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"*The news conference has been edited for length and clarity.*", true},
		{"This briefing has been condensed and edited for brevity.", true},
		{"The debate below has been lightly edited.", true},
		{"The press conference has been moved to Friday morning.", false},
		{"The hearing has been adjourned until March.", false},
		{"The speech has been edited by three different advisers, she said.", false},
	} {
		if got := postOrNoticeKind(c.s, "", wordCount(c.s)) == junkTrailer; got != c.want {
			t.Errorf("postOrNoticeKind(%q) junkTrailer = %v, want %v", c.s, got, c.want)
		}
	}
}
