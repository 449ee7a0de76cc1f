package suggest

import "testing"

// TestCountedSpeakers: an unnamed group counted by a number word speaks
// under its canonical name without the count, and a lone "One" with a
// described apposition speaks as that description; a party-capitalised
// count, a count of hundreds, a group that acts before its cue and a "One" with a
// name in apposition are left as they were.
func TestCountedSpeakers(t *testing.T) {
	tests := []speakerCase{
		{"a spelled count with an aside before the cue",
			"The depot was quiet by seven. Four drivers at the Kelby depot, who spoke on condition of anonymity, said they had heard the news from porters.",
			[]speakerWant{{"they had heard the news from porters", "drivers at the Kelby depot"}}},
		{"a count in figures",
			"The hall was full by seven. 40 residents of the estate said they had heard the news from the crew.",
			[]speakerWant{{"they had heard the news from the crew", "residents of the estate"}}},
		{"a plain count straight before the cue",
			"The clinic will close in March. Two nurses said they had heard the news from patients.",
			[]speakerWant{{"they had heard the news from patients", "nurses"}}},
		{"a lone One with a described apposition",
			"Staff at the warehouse were told on Friday. One, a driver with six years at the firm, said: \"Nobody saw this coming.\"",
			[]speakerWant{{"\"Nobody saw this coming.\"", "driver with six years at the firm"}}},
		// near-misses
		{"a count of a capitalised word keeps its party",
			"Two Labour councillors said the budget was unlawful.",
			[]speakerWant{{"the budget was unlawful", "Two Labour councillors"}}},
		{"a count of a count is no group of its own",
			"The hall was full by seven. Two hundred residents said the plan should be withdrawn.",
			[]speakerWant{{"the plan should be withdrawn", "Two hundred residents"}}},
		{"a group that acts before its cue",
			"Three board members voted against the plan, arguing that the depots would not be ready in time.",
			[]speakerWant{{"the depots would not be ready in time", "Three board members"}}},
		{"a One with a name in apposition",
			"Staff at the warehouse were told on Friday. One, Ann Lorrimer, said: \"Nobody saw this coming.\"",
			[]speakerWant{{"\"Nobody saw this coming.\"", "Ann Lorrimer"}}},
	}
	checkSpeakerCases(t, "counted speakers", tests)
}
