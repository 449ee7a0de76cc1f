package suggest

import "testing"

// TestPossessiveShortBodies: a speaker called by a possessive short form
// ("St Aldric’s") takes the one body named before that opens with it and
// an organisation's head word; a possessive with no such body, one whose
// next word is no organisation's head, and a short form two bodies share
// keep their reading.
func TestPossessiveShortBodies(t *testing.T) {
	checkSpeakerCases(t, "possessive short bodies", []speakerCase{
		{"a saint's hospital",
			"Pickets stood outside St Aldric’s Hospital on Tuesday. A patient said St Aldric’s had told him it would rebook.",
			[]speakerWant{{"it would rebook", "St Aldric’s Hospital"}}},
		{"a college, straight quote mark",
			"Students marched past Kellan's College on Friday. A student said Kellan's had told them the exams would go ahead.",
			[]speakerWant{{"the exams would go ahead", "Kellan's College"}}},
		{"a founder's clinic a paragraph later",
			"The Marsh Lane branch of Brodie’s Clinic closed in May.\n\nA patient said Brodie’s had told her the branch would reopen.",
			[]speakerWant{{"the branch would reopen", "Brodie’s Clinic"}}},
		// near-misses
		{"a bakery is no organisation head",
			"Tom’s Bakery closed. A neighbour said Tom’s had told her it would reopen.",
			[]speakerWant{{"it would reopen", "Tom"}}},
		{"no body before",
			"A patient said St Aldric’s had told him it would rebook.",
			[]speakerWant{{"it would rebook", "St Aldric"}}},
		{"two bodies open with it",
			"St Aldric’s Hospital and St Aldric’s School shut on Monday. A parent said St Aldric’s had told her it would reopen.",
			[]speakerWant{{"it would reopen", "St Aldric"}}},
	})
}
