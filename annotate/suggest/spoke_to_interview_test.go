package suggest

import "testing"

// TestSpokeToInterview: impersonal questions with first-person answers
// after "We spoke to X" (or "I sat down with X") make an interview whose
// answers are X's; the same questions with no such intro, an intro where
// the writer only mentions X, and "we spoke" with no one named are not.
func TestSpokeToInterview(t *testing.T) {
	const qa = "Why the island?\n\nMy father was born there. I went back every summer as a child.\n\nWas the council helpful?\n\nMore than I expected. I had every document I asked for."
	// answers are the two answers of qa, spoken by Ruth Calder as mention names her.
	answers := func(mention string) []suggestion {
		return []suggestion{
			{"My father was born there. I went back every summer as a child.", mention, "Ruth Calder", "", "QA", "direct"},
			{"More than I expected. I had every document I asked for.", mention, "Ruth Calder", "", "QA", "direct"},
		}
	}
	tests := []suggestCase{
		{"we spoke to a named director",
			"Ruth Calder has spent four years on her new film.\n\nWe spoke to Calder before the premiere in Leith.\n\n" + qa,
			answers("Calder")},
		{"I sat down with a named author",
			"Ruth Calder has spent four years on her new book.\n\nI sat down with Calder at her publisher's office.\n\n" + qa,
			answers("Calder")},
		{"we talked to a named farmer",
			"Ruth Calder farms the last croft on the island.\n\nWe talked to Ruth Calder in her kitchen.\n\n" + qa,
			answers("Ruth Calder")},
		{"no intro",
			"Ruth Calder has spent four years on her new film.\n\n" + qa,
			nil},
		{"the writer only mentions the person",
			"Ruth Calder has spent four years on her new film.\n\nWe watched Calder's film twice before the premiere.\n\n" + qa,
			nil},
		{"we spoke with no one named",
			"Ruth Calder has spent four years on her new film.\n\nWe spoke at length before the premiere.\n\n" + qa,
			nil},
	}
	checkSuggestCases(t, tests)
}
