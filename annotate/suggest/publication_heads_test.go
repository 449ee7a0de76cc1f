package suggest

import "testing"

// TestPublicationHeads: a newspaper named by a place and a paper's word
// that ends like a person's ("The Fenwick Courier", "the Dale Observer",
// "The Marsh Guardian") is the paper speaking, not someone from the place
// standing for the last person named; a person by origin ("a New
// Yorker") and a courier in lower case stay people.
func TestPublicationHeads(t *testing.T) {
	tests := []speakerCase{
		{"a paper whose name ends in -er",
			"The mill’s owner, Ivo Mann, told staff in June that no jobs would go.\n\nThe Fenwick Courier reported on Friday that two buyers had visited the mill.",
			[]speakerWant{
				{"no jobs would go", "Ivo Mann"},
				{"two buyers had visited the mill", "Fenwick Courier"},
			}},
		{"a paper whose name ends in -ian",
			"The mill’s owner, Ivo Mann, told staff in June that no jobs would go.\n\nThe Marsh Guardian reported that the mill had debts of £2m.",
			[]speakerWant{{"the mill had debts of £2m", "Marsh Guardian"}}},
		{"a person by origin stays a person",
			"Ivo Mann, who bought the mill, said he would keep it open. A New Yorker who visited the mill said it was beautiful.",
			[]speakerWant{{"it was beautiful", "New Yorker"}}},
	}
	checkSpeakerCases(t, "publication heads", tests)
}
