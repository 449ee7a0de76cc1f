package suggest

import "testing"

// TestKinApposedBefore: a speaking "his brother" or "her sister" stands for
// the person the text earlier named in apposition to the same words; near
// misses (another kin noun, no name in apposition, two people named so)
// are left as they were.
func TestKinApposedBefore(t *testing.T) {
	tests := []canonicalCase{
		{"a brother named before",
			"Carl Nyström, 60, runs the forge. His brother, Anders Nyström, 57, keeps the books.\n\nCarl left school at 16.\n\nHis brother says Carl was \"impossible\" that year.",
			"Carl was \"impossible\" that year", "brother", "Anders Nyström"},
		{"a sister named before",
			"Maud Ellery, 44, bakes the bread. Her sister, Ruth Ellery, 41, runs the till.\n\nMaud trained in Lyon.\n\nHer sister says the ovens are \"older than both of us\".",
			"the ovens are \"older than both of us\"", "sister", "Ruth Ellery"},
		{"a wife named before",
			"Colm Reddy, 52, fishes the bay. His wife, Niamh Reddy, sells the catch.\n\nColm started at 14.\n\nHis wife says the prices have \"never been worse\".",
			"the prices have \"never been worse\"", "wife", "Niamh Reddy"},
		{"near miss: another kin noun",
			"Carl Nyström, 60, runs the forge. His brother, Anders Nyström, 57, keeps the books.\n\nCarl left school at 16.\n\nHis son says Carl was \"impossible\" that year.",
			"Carl was \"impossible\" that year", "Anders Nyström", ""},
		{"near miss: no name in apposition",
			"Carl Nyström, 60, runs the forge. His brother keeps the books.\n\nCarl left school at 16.\n\nHis brother says Carl was \"impossible\" that year.",
			"Carl was \"impossible\" that year", "Carl Nyström", ""},
		{"near miss: two brothers named so",
			"Carl Nyström, 60, runs the forge. His brother, Anders Nyström, 57, keeps the books. Ivo Lund runs the shop. His brother, Olof Lund, drives the van.\n\nCarl left school at 16.\n\nHis brother says Carl was \"impossible\" that year.",
			"Carl was \"impossible\" that year", "Anders Nyström", ""},
	}
	checkCanonicalCases(t, tests)
}
