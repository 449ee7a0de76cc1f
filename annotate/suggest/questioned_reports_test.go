package suggest

import "testing"

// TestQuestionedReports: a reported content that runs into ", AUX SUBJECT
// …?" is the premise of a question and no statement; without the "?" or
// the inverted auxiliary it stays. Invented sentences.
func TestQuestionedReports(t *testing.T) {
	tests := []suggestCase{
		{"is that",
			"When farmers tell me the water tastes of metal in August, is that the old mine?",
			nil},
		{"does it",
			"If residents say the bus is always late on Mondays, does it ever run on time?",
			nil},
		{"are they",
			"When the teachers tell me the pupils are tired by noon, are they getting enough sleep?",
			nil},
		{"near-miss: no question mark",
			"The warden, Ruth Dale, said the water tastes of metal in August, and that is the old mine.",
			[]suggestion{{"the water tastes of metal in August, and that is the old mine", "Ruth Dale", "Ruth Dale", "said", "I1", "indirect"}}},
		{"near-miss: comma without an inverted auxiliary",
			"The warden, Ruth Dale, said the stream runs brown in spring, the pumps fail in June, and the fish die in July.",
			[]suggestion{{"the stream runs brown in spring, the pumps fail in June, and the fish die in July", "Ruth Dale", "Ruth Dale", "said", "I1", "indirect"}}},
		{"near-miss: a plain report",
			"The warden, Ruth Dale, said the stream runs brown in spring.",
			[]suggestion{{"the stream runs brown in spring", "Ruth Dale", "Ruth Dale", "said", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
