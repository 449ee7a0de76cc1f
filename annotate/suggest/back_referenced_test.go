package suggest

import "testing"

// TestBackReferenced: unmarked words (italics lost) followed by a pointer
// sentence "X says this …", "That is how X describes …" are X's statement
// with the pointer's cue, and the pointer's "this …" is no statement; "X
// says this is unfair", a clause after "this", is an ordinary report.
func TestBackReferenced(t *testing.T) {
	tests := []suggestCase{
		{"first-person words, then says this the way",
			"The bakery opened in 1990. I bake because I cannot sleep. I have never slept well. Wendeline Aastrup says this the way other people mention the weather.",
			[]suggestion{
				{"I bake because I cannot sleep. I have never slept well.", "Wendeline Aastrup", "Wendeline Aastrup", "says", "B", "direct"},
			}},
		{"that is how a teacher describes her",
			"Aastrup trained under the baker Tobiah Quennell. She never once burned a loaf. That is how Quennell, now 77, describes her.",
			[]suggestion{
				{"She never once burned a loaf.", "Quennell", "Tobiah Quennell", "describes", "B", "direct"},
			}},
		{"this opens a clause: an ordinary report",
			"The bakery will close on Sundays. Wendeline Aastrup says this is a shame.",
			[]suggestion{
				{"this is a shame", "Wendeline Aastrup", "Wendeline Aastrup", "says", "I1", "indirect"},
			}},
	}
	checkSuggestCases(t, tests)
}
