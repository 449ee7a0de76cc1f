package suggest

import "testing"

// TestTaggedPostsNearestFrame: an unframed paragraph of a hashtag series is
// linked to the speaker mention of the nearest framed post before it, on
// every run (the framed posts are read in document order, not map order);
// an unframed tagged paragraph before any framed post, one between two
// frames, or one with another hashtag is not linked to a later mention.
func TestTaggedPostsNearestFrame(t *testing.T) {
	first := "Mayor Ann Roe says the pool will reopen in May. #HaleCouncil"
	second := "Councillor Ben Hart says the roof comes first. Loud cheers. #HaleCouncil"
	later := "Councillor Joy Imre asks who pays for the new roof. No answer yet. #HaleCouncil"
	framed := "The council met on Monday.\n\nReporter Cara Lund posted from the meeting:\n\n" + first +
		"\n\nThe pool closed in 2023.\n\nCara Lund posted again:\n\n" + second + "\n\nThe hall was full."
	firstWant := []suggestion{
		{first, "Reporter Cara Lund", "Cara Lund", "posted", "B", "direct"},
		{"the pool will reopen in May", "Mayor Ann Roe", "Ann Roe", "says", "I1", "indirect"},
	}
	secondWant := []suggestion{
		{second, "Cara Lund", "Cara Lund", "posted", "B", "direct"},
		{"the roof comes first", "Councillor Ben Hart", "Ben Hart", "says", "I1", "indirect"},
	}
	tests := []suggestCase{
		{"a later post after two framed posts",
			framed + "\n\n" + later + "\n\nThe meeting ended at ten.",
			append(append(append([]suggestion{}, firstWant...), secondWant...),
				suggestion{later, "Cara Lund", "Cara Lund", "", "B", "direct"})},
		{"two later posts after two framed posts",
			framed + "\n\n" + later + "\n\nThe vote was put off.\n\nThe mayor says the vote will be in June. #HaleCouncil",
			append(append(append([]suggestion{}, firstWant...), secondWant...),
				suggestion{later, "Cara Lund", "Cara Lund", "", "B", "direct"},
				suggestion{"The mayor says the vote will be in June. #HaleCouncil", "Cara Lund", "Cara Lund", "", "B", "direct"},
				suggestion{"the vote will be in June", "The mayor", "Ann Roe", "says", "I1", "indirect"})},
		{"a later post after three framed posts",
			framed + "\n\nReporter Cara Lund posted at the end:\n\nNo vote tonight, the chair says. #HaleCouncil\n\nThe meeting went on.\n\n" + later,
			append(append(append([]suggestion{}, firstWant...), secondWant...),
				suggestion{"No vote tonight, the chair says. #HaleCouncil", "Reporter Cara Lund", "Cara Lund", "posted", "B", "direct"},
				suggestion{later, "Reporter Cara Lund", "Cara Lund", "", "B", "direct"})},
		{"near-miss: an unframed tagged paragraph before any framed post",
			"The council met on Monday.\n\n" + later + "\n\nReporter Cara Lund posted from the meeting:\n\n" + first + "\n\nThe pool closed in 2023.",
			firstWant},
		{"near-miss: an unframed tagged paragraph between two frames takes the first",
			"The council met on Monday.\n\nReporter Cara Lund posted from the meeting:\n\n" + first +
				"\n\nThe pool closed in 2023.\n\n" + later + "\n\nThe hall was full.\n\nCara Lund posted again:\n\n" + second,
			append(append(append([]suggestion{}, firstWant...),
				suggestion{later, "Reporter Cara Lund", "Cara Lund", "", "B", "direct"}), secondWant...)},
		{"near-miss: a later paragraph with another hashtag",
			framed + "\n\nCouncillor Joy Imre asks who pays for the new roof. No answer yet. #HaleBudget",
			append(append([]suggestion{}, firstWant...), secondWant...)},
	}
	// Map order changes from run to run: read each text many times.
	for range 20 {
		checkSuggestCases(t, tests)
		if t.Failed() {
			return
		}
	}
}
