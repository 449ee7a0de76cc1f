package suggest

import "testing"

// TestPostObjectFrames: a frame naming what was posted ("posted a short
// message of its own:", "announced the closure on its official account …:")
// frames the embedded post after it; a frame naming no post or account,
// or a post frame followed by narration of its own, does not.
func TestPostObjectFrames(t *testing.T) {
	post := "Closed until further notice. Thank you for eleven good years."
	tests := []suggestCase{
		{"a posting verb and its message",
			"The bakery shut on Monday.\n\nThe Crumb Street Bakery posted a short message of its own:\n\n" + post + "\n\nThe shop had been open since 2015.",
			[]suggestion{{post, "The Crumb Street Bakery", "Crumb Street Bakery", "posted", "B", "direct"}}},
		{"a photograph and a long description",
			"The bakery shut on Monday.\n\nOlwen Marsh posted a photograph of the shopfront standing empty in the rain at dawn:\n\n" + post + "\n\nThe shop had been open since 2015.",
			[]suggestion{{post, "Olwen Marsh", "Olwen Marsh", "posted", "B", "direct"}}},
		{"any cue with an account before the colon",
			"The bakery shut on Monday.\n\nOlwen Marsh announced the closure on her official account minutes after the last loaf was sold:\n\n" + post + "\n\nThe shop had been open since 2015.",
			[]suggestion{{post, "Olwen Marsh", "Olwen Marsh", "announced", "B", "direct"}}},
		{"a posted letter is no post",
			"The bakery shut on Monday.\n\nOlwen Marsh posted a letter to every customer on the list:\n\n" + post + "\n\nThe shop had been open since 2015.",
			nil},
		{"an announcement with no account",
			"The bakery shut on Monday.\n\nOlwen Marsh announced the closure at a meeting of the traders minutes after the last loaf was sold:\n\n" + post + "\n\nThe shop had been open since 2015.",
			nil},
		{"a nearer verb that is no cue",
			"The bakery shut on Monday.\n\nOlwen Marsh posted a photograph and then walked home along the river to her mother's house:\n\n" + post + "\n\nThe shop had been open since 2015.",
			nil},
	}
	checkSuggestCases(t, tests)
}
