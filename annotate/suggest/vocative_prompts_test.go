package suggest

import "testing"

// TestVocativePrompts: a host's one-sentence turn that calls another
// speaker by name and tells them about themself with "you" is no
// statement; a vocative followed by the host's own claim, a non-speaker
// word before the comma, or a longer turn stays. Invented transcripts.
func TestVocativePrompts(t *testing.T) {
	const guest = "Ann Bell: This week I went to the upper valley, where the wells are failing.\n\nTom Reed: I have farmed this valley for forty years and the soil has never been so dry.\n\nAnn Bell: The council says a new pipe is coming next year.\n\nTom Reed: They said that in 2019 as well.\n\n"
	tests := []quoteCase{
		{"you’ve", guest + "Ann Bell: Tom, you’ve farmed here since you were a boy.",
			"Tom, you’ve farmed here since you were a boy.", false},
		{"you're", guest + "Ann Bell: Tom, you're the third generation on this farm.",
			"Tom, you're the third generation on this farm.", false},
		{"you", guest + "Ann Bell: Tom, you know this valley better than anyone.",
			"Tom, you know this valley better than anyone.", false},
		{"near-miss: host's own claim after the name", guest + "Ann Bell: Tom, the rainfall figures are the lowest on record.",
			"Tom, the rainfall figures are the lowest on record.", true},
		{"near-miss: no speaker before the comma", guest + "Ann Bell: Well, you can see the cracks in the ground from here.",
			"Well, you can see the cracks in the ground from here.", true},
		{"near-miss: the guest's own turn", guest + "Tom Reed: Tom, you’ve got to keep going, my father told me.",
			"Tom, you’ve got to keep going, my father told me.", true},
	}
	checkQuoteCases(t, tests)
}
