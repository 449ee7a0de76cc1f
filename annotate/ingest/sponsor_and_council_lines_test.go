package ingest

import "testing"

func TestSponsorOrCouncilLine(t *testing.T) {
	cases := []struct {
		s    string
		want junk
	}{
		{"Local democracy reporter: Ada Pemberton", junkByline},
		{"Chief political correspondent: Rhys Tallow", junkByline},
		{"How they voted: For 18 (Con 15, Ind 3) | Against 9 (Lab 9) | Abstained 1", junkTrailer},
		{"Vote: For 12, Against 4", junkTrailer},
		{"The Rural Journalism Fund is funded by the Kestle Trust and three regional papers.", junkTrailer},
		{"Pia Morland travelled to Vessa on the mail boat. The Coastal Herald paid for her travel and accommodation.", junkTrailer},
		{"Tickets for Dunmore v Ashcombe (Friday, 7.45pm) are on sale now. Buy tickets", junkTrailer},
		{"Ashcombe Rovers are proud to be supported by Teller Motors, Quill Print and Bay Dairy.", junkTrailer},
		// near-misses: article text
		{"The reporter: a job that has changed beyond recognition", keep},
		{"How they voted mattered less than how long the meeting took.", keep},
		{"Councillors voted for 20 new homes and against 3 extensions on the same night.", keep},
		{"The library is funded by the council and a local trust.", keep},
		{"The council's fraud reporting line is funded by the Home Office, officials said last week.", keep},
		{"The minister travelled to Vessa on Monday to meet the harbour board.", keep},
		{"Residents paid for her travel to the hearing, the campaign group said.", keep},
		{"Tickets went on sale on Monday and sold out within an hour.", keep},
		{"“We are proud to be supported by our fans,” the chairman said.", keep},
		{"The club is supported by a loan from the owners.", keep},
	}
	for _, c := range cases {
		if got := sponsorOrCouncilLine(c.s, wordCount(c.s)); got != c.want {
			t.Errorf("sponsorOrCouncilLine(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
