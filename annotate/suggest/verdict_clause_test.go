package suggest

import "testing"

// TestVerdictClause: ", and he was right: …" after a reported content is
// the writer's verdict and ends the content; a noun subject, no comma or a
// verdict inside the speaker's clause stays.
func TestVerdictClause(t *testing.T) {
	checkSuggestCases(t, []suggestCase{
		{"and he was right colon",
			"The porter warned that the bar usually closes by ten, and he was right: we were turned away at five past.",
			[]suggestion{{"the bar usually closes by ten", "The porter", "porter", "warned", "I1", "indirect"}}},
		{"and she was right",
			"The guide said the path would flood by noon, and she was right.",
			[]suggestion{{"the path would flood by noon", "The guide", "guide", "said", "I1", "indirect"}}},
		{"but he was wrong",
			"The mayor said the bridge would open in May, but he was wrong: it opened in June.",
			[]suggestion{{"the bridge would open in May", "The mayor", "mayor", "said", "I1", "indirect"}}},
		{"near-miss: a noun subject",
			"The mayor said the bridge would open in May, and the timing was right.",
			[]suggestion{{"the bridge would open in May, and the timing was right", "The mayor", "mayor", "said", "I1", "indirect"}}},
		{"near-miss: no verdict word",
			"The mayor said the bridge was right for the town, and it was.",
			[]suggestion{{"the bridge was right for the town, and it was", "The mayor", "mayor", "said", "I1", "indirect"}}},
		{"near-miss: no comma",
			"The mayor said he was right and the council was wrong.",
			[]suggestion{{"he was right and the council was wrong", "The mayor", "mayor", "said", "I1", "indirect"}}},
	})
}
