package ingest

import "testing"

func TestNewsletterNotice(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Next Bowls Club meeting: Thursday 4 March, 7pm, the Pavilion. New members welcome.", junkTrailer},
		{"Next meeting: 12 May, 8pm, St Anne's church room.", junkTrailer},
		{"Copy for the spring issue to the editor by 1 March, please.", junkTrailer},
		{"Contributions for the next newsletter to Pat by Friday 9 April.", junkTrailer},
		{"Marsh Water Leak Line: 0800 555 0142 (24 hours)", junkTrailer},
		{"Gas Emergency Hotline: 0800 555 0111", junkTrailer},
		// a report of a meeting, a story's copy and a quoted line stay
		{"The next meeting of the council will hear the appeal from residents.", keep},
		{"Next meeting, councillors said, they would vote on the budget for Tuesday's session.", keep},
		{"Copy for the spring issue was lost when the printer's van broke down.", keep},
		{"The floodline took 3,000 calls on Tuesday night, the agency said.", keep},
		{"Floodline: the agency said it took 3,000 calls.", keep},
	})
}
