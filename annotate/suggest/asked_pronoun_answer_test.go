package suggest

import "testing"

// TestAskedPronounAnswer: after "X asked him whether …", the "he" who
// answers is the one asked, the man X was talking to, not X (nor a
// programme named between them); a "she" who speaks after X asked "him"
// is left to the other rules, and so is an answer after a question put
// to someone by name.
func TestAskedPronounAnswer(t *testing.T) {
	tests := []speakerCase{
		{"the one asked answers, not the asker of unknown gender",
			"Tobias Wren, who farms at Hollin Edge, spoke to the presenter Sorrel Quayle.\n\nWren, talking to Quayle on the Dales Hour programme, said the ewes had lambed early.\n\nQuayle asked him whether the snow would hurt them. “Some of them,” he said. “We will know by Friday.”",
			[]speakerWant{
				{"“Some of them,”", "Tobias Wren"},
				{"“We will know by Friday.”", "Tobias Wren"},
			}},
		{"a woman who asked him and then speaks herself stays the speaker",
			"Tobias Wren farms at Hollin Edge. His neighbour Margaret Quayle runs the shop.\n\nMargaret Quayle asked him whether the snow would hurt the ewes. “I fear it will,” she said.",
			[]speakerWant{{"“I fear it will,”", "Margaret Quayle"}}},
		{"a question put by name is answered by that name",
			"Tobias Wren farms at Hollin Edge and Peter Quayle hosts the Dales Hour.\n\nQuayle asked Mr Wren whether the snow would hurt the ewes. He said some would be lost.",
			[]speakerWant{{"some would be lost", "Tobias Wren"}}},
	}
	checkSpeakerCases(t, "asked pronoun answer", tests)
}
