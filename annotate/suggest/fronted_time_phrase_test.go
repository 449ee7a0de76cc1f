package suggest

import "testing"

// TestFrontedTimePhrase: a phrase of time fronted before "SPEAKER CUE"
// ("Within an hour of …, she replied") is no content of the cue, while a
// fronted clause ("Within weeks the plant closed, he said") stays one.
func TestFrontedTimePhrase(t *testing.T) {
	tests := []suggestCase{
		{"a time phrase with a participle after being",
			"Within an hour of the verdict being announced, Ms Arlen replied on her website.",
			nil},
		{"a time phrase after hours",
			"Minutes after the final whistle, the captain responded on social media.",
			nil},
		{"a phrase opening with a span of time",
			"Within hours of the vote, the senator replied in a statement.",
			nil},
		{"near-miss: a fronted clause with a past verb",
			"Within weeks the plant closed, the union replied.",
			[]suggestion{{"Within weeks the plant closed", "the union", "union", "replied", "I2", "indirect"}}},
		{"near-miss: a clause with a modal after the phrase",
			"After the vote prices will rise sharply, the minister replied.",
			[]suggestion{{"After the vote prices will rise sharply", "the minister", "minister", "replied", "I2", "indirect"}}},
		{"near-miss: a bare answer before said",
			"After the vote, the minister said.",
			[]suggestion{{"After the vote", "the minister", "minister", "said", "I2", "indirect"}}},
		{"near-miss: a clause opening with a noun",
			"The ruling was wrong and will be appealed, Ms Arlen replied.",
			[]suggestion{{"The ruling was wrong and will be appealed", "Ms Arlen", "Arlen", "replied", "I2", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
