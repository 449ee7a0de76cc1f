package suggest

import "testing"

// TestTimeOnlyContent: words after a verb of replying that only date the
// reply ("replied an hour later") are no statement; a reported clause after
// the verb, with or without a time phrase, still is.
func TestTimeOnlyContent(t *testing.T) {
	tests := []suggestCase{
		{"replied an hour later, colon",
			"The bakery posted an apology on Monday.\n\nThe customer replied an hour later:\n\nStill no refund.",
			nil},
		{"responded two days later",
			"The union published its demands. The transport minister responded two days later.",
			nil},
		{"replied the following morning",
			"The fan sent the striker a message. The striker replied the following morning.",
			nil},
		{"near miss: a clause after the cue",
			"The union published its demands. The transport minister replied the talks were over.",
			[]suggestion{{"the talks were over", "The transport minister", "transport minister", "replied", "I1", "indirect"}}},
		{"near miss: that-clause ending in later",
			"The union published its demands. The transport minister replied that talks would resume two days later.",
			[]suggestion{{"talks would resume two days later", "The transport minister", "transport minister", "replied", "I1", "indirect"}}},
		{"near miss: a clause with a time word",
			"The union published its demands. The transport minister said the strike ended two days later.",
			[]suggestion{{"the strike ended two days later", "The transport minister", "transport minister", "said", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
