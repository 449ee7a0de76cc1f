package suggest

import "testing"

// TestModalRefusalAfterBut: "but would not commit", "but could not say",
// "but didn't give" with no subject end the content; "but it would not",
// "but would stay" and a quoted "but would not" stay in it.
func TestModalRefusalAfterBut(t *testing.T) {
	tests := []suggestCase{
		{"but would not commit",
			"The mayor said she wanted the scheme to stay, but would not commit to a date.",
			[]suggestion{
				{"she wanted the scheme to stay", "The mayor", "mayor", "said", "I1", "indirect"},
			}},
		{"but could not say",
			"A spokesman said the line would reopen soon but could not say when.",
			[]suggestion{
				{"the line would reopen soon", "A spokesman", "spokesman", "said", "I1", "indirect"},
			}},
		{"but didn't give",
			"The club said the player was injured but didn't give details.",
			[]suggestion{
				{"the player was injured", "The club", "club", "said", "I1", "indirect"},
			}},
		{"but with a subject of its own",
			"The mayor said she wanted the scheme to stay, but it would not be cheap.",
			[]suggestion{
				{"she wanted the scheme to stay, but it would not be cheap", "The mayor", "mayor", "said", "I1", "indirect"},
			}},
		{"but could not and an act of its own",
			"A spokesman said the line would reopen but could not run every train.",
			[]suggestion{
				{"the line would reopen but could not run every train", "A spokesman", "spokesman", "said", "I1", "indirect"},
			}},
		{"but and a modal with no negation",
			"A spokesman said the line was closed but would reopen on Monday.",
			[]suggestion{
				{"the line was closed but would reopen on Monday", "A spokesman", "spokesman", "said", "I1", "indirect"},
			}},
		{"a quoted but would not",
			"The mayor said the scheme was “popular, but would not survive a cut”.",
			[]suggestion{
				{"the scheme was “popular, but would not survive a cut”", "The mayor", "mayor", "said", "I1", "mixed"},
			}},
	}
	checkSuggestCases(t, tests)
}
