package suggest

import "testing"

// TestAskedFrontedParticiple: after a fronted "Asked …," clause, a
// reporting participle is the main clause's subject's; a participle that
// reports nothing, or a sentence with no participle, gives no statement.
func TestAskedFrontedParticiple(t *testing.T) {
	tests := []suggestCase{
		{"asked with a wh-question",
			"Asked how many tickets had been sold, Mr Dace declined to give a number, saying only that the tour was “nearly full”.",
			[]suggestion{{"the tour was “nearly full”", "Mr Dace", "Dace", "saying", "I1p", "mixed"}}},
		{"asked about a topic",
			"Asked about the delay, Ms Orton shrugged, saying that the engineers needed another month.",
			[]suggestion{{"the engineers needed another month", "Ms Orton", "Orton", "saying", "I1p", "indirect"}}},
		{"pressed on the cost",
			"Pressed on the cost, the minister declined to comment further, adding that the figures would be published in June.",
			[]suggestion{{"the figures would be published in June", "the minister", "minister", "adding", "I1p", "indirect"}}},
		{"near-miss: no participle",
			"Asked about the delay, Ms Orton declined to comment.",
			nil},
		{"near-miss: a participle that reports nothing",
			"Asked to leave, the fans stayed in the stand, chanting for an hour.",
			nil},
		{"near-miss: a participle with no clause",
			"Asked about the figures, the minister left the room, adding to the confusion.",
			nil},
	}
	checkSuggestCases(t, tests)
}
