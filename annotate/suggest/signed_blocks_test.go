package suggest

import "testing"

// TestSignedBlocks: unquoted paragraphs in the first person signed by a
// dash line "— Name, role" are statements of the signer when the writer
// has named the signer above them; the narration above the block, the
// signature, a letter by someone never named before and a block with no
// signature are not.
func TestSignedBlocks(t *testing.T) {
	tests := []suggestCase{
		{"two signed paragraphs after the writer's narration",
			"Olga Brandt has kept bees above the village for forty years.\n\nWhen I ask her about the bad summer, she lifts a frame and looks at it for a while.\n\nWe lost half the hives in July. I had never seen anything like it.\n\nMy father would have said the heat did it, and he would have been right.\n\n— Olga Brandt, beekeeper\n\nThe village fair is in September.",
			[]suggestion{
				{"We lost half the hives in July. I had never seen anything like it.", "Olga Brandt", "Olga Brandt", "", "B", "direct"},
				{"My father would have said the heat did it, and he would have been right.", "Olga Brandt", "Olga Brandt", "", "B", "direct"},
			}},
		{"a letter signed by a reader never named before",
			"Letters\n\nThe new car park is empty every day. I walk past it each morning and have yet to see a car in it.\n\n— Peter Hollis, Westbury",
			nil},
		{"a first-person block with no signature",
			"Olga Brandt has kept bees above the village for forty years.\n\nWe lost half the hives in July. I had never seen anything like it.\n\nThe village fair is in September.",
			nil},
	}
	checkSuggestCases(t, tests)
}
