package ingest

import "testing"

// Comment threads in the two shapes of comment_threads.go, in wordings no
// fixture uses, beside story lines of the same look that must stay.

func commentThreadUnits(lines ...string) []unit {
	units := make([]unit, len(lines))
	for i, l := range lines {
		units[i] = unit{text: l, block: i}
	}
	return units
}

func TestCommentThreads(t *testing.T) {
	for _, s := range []string{
		"12 thoughts on “Ferry fares to rise by a fifth”",
		"3 responses to \"Allotment waiting list closes\"",
		"1 comment on ‘Bypass plan goes to inquiry’",
	} {
		if !commentsOpening(s) {
			t.Errorf("thread heading not seen: %q", s)
		}
	}
	for _, s := range []string{
		"12 thoughts on the ferry fares rise",
		"Readers shared 40 thoughts on “Ferry fares to rise by a fifth” over the weekend.",
		"Three responses to the consultation",
	} {
		if commentsOpening(s) {
			t.Errorf("story line taken as a thread heading: %q", s)
		}
	}

	under := [][]unit{
		commentThreadUnits("Comments (2)", "harbourgull: Fares were too low anyway.", "T.Marsh_77: Not for those of us on the island."),
		commentThreadUnits("12 thoughts on “Ferry fares to rise”", "Mark Tolley says:", "3 May 2026 at 09:14", "Shameful."),
		commentThreadUnits("Comments", "kelpie22: Great piece.", "Reply", "Ann_B: Agree with every word."),
	}
	for _, units := range under {
		if !commentsUnder(units, 0) {
			t.Errorf("comments not seen under %q", units[0].text)
		}
	}
	story := [][]unit{
		commentThreadUnits("Comments", "Cllr Ash: We will look again at the fares.", "Mrs Reddy: The island cannot wait."),
		commentThreadUnits("Comments", "SMITH: No further questions.", "Q: Were you there?"),
		commentThreadUnits("Comments", "harbourgull: Fares were too low anyway.", "The council will meet again in June."),
	}
	for _, units := range story {
		if commentsUnder(units, 0) {
			t.Errorf("story lines taken as comments: %q", units[1].text)
		}
	}
}
