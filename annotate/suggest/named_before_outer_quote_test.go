package suggest

import "testing"

// TestNamedBeforeOuterQuote: "he" or "she" speaking a quotation inside
// another is the person the narration just before the outer quotation
// named, as an object or after "was"; an owner ("Thorley's daughter"), a
// person of the other gender, the quoting speaker and a pronoun outside
// any quotation stay as they were.
func TestNamedBeforeOuterQuote(t *testing.T) {
	tests := []speakerCase{
		{"a manager named as an object",
			"Driver Sam Holt said the crews had asked the yard manager, Colin Marsh, to delay the new rota until talks had finished. \"He said, 'That is the rota, take it or leave it,' and walked off,\" Holt said.",
			[]speakerWant{{"'That is the rota, take it or leave it,'", "Colin Marsh"}}},
		{"a manager named after was",
			"A former clerk, who asked not to be named, said she had raised the invoices in May. Her manager at the time was Petra Vance, then head of finance. \"She told me, 'Drop it, it comes from the top,' and that was that,\" the former clerk said.",
			[]speakerWant{{"'Drop it, it comes from the top,'", "Petra Vance"}}},
		{"a doctor the sentence before named",
			"Nurse Ada Finch said the ward had called in the consultant, Omar Quist, at midnight. \"He looked at the chart and said, 'We operate now, not in the morning,' and we did,\" Finch said.",
			[]speakerWant{{"'We operate now, not in the morning,'", "Omar Quist"}}},
		{"an owner is not the speaker",
			"Dale Wren said the playwright's family had helped. He said Thorley's daughter, Miriam, had given the rights for a small fee. \"She wrote to me: 'Don't make him a saint.' I kept it above my desk,\" Wren said.",
			[]speakerWant{{"'Don't make him a saint.'", "Miriam"}}},
		{"a person of the other gender is passed over",
			"Ruth Cole said her husband had been to see the builder. She said they had asked the site agent, Nina Marsh, to delay the work. \"He said, 'We start on Monday, whatever you think,' and left,\" Cole said.",
			[]speakerWant{{"'We start on Monday, whatever you think,'", "husband"}}},
		{"a pronoun outside any quotation keeps the subject",
			"Driver Sam Holt said the crews had asked the yard manager, Colin Marsh, to delay the new rota. He said the crews would strike on Monday.",
			[]speakerWant{{"the crews would strike on Monday", "Sam Holt"}}},
	}
	checkSpeakerCases(t, "named before outer quote", tests)
}
