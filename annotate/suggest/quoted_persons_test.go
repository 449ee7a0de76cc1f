package suggest

import "testing"

// TestPersonIntroducedForInnerPronoun: the "he" or "she" who speaks inside a
// quotation is the person the quotation, or its paragraph before it,
// introduced: the quoting speaker's own relative ("my mother"), one of a
// group ("One of my colleagues"), a person by what they were doing ("a
// guard"), with the fuller words of their first mention ("a school’s
// receptionist" … "the receptionist"). A group ("the staff room") and a
// thing counted out ("one of the figures") are no such person, and a
// relative of the other gender is passed over.
func TestPersonIntroducedForInnerPronoun(t *testing.T) {
	tests := []speakerCase{
		{"the speaker's own mother",
			"Tomas Reyes built the house himself.\n\n“I showed the plans to my mother and she said, ‘Build it lower, the wind will find it.’ So we did,” Reyes said.",
			[]speakerWant{{"‘Build it lower, the wind will find it.’", "mother"}}},
		{"one of a group of the speaker's",
			"Ines Valk runs the night shelter on Quay Street.\n\n“One of my colleagues put it well last winter. She said, ‘We are a bed, not a solution.’ I still think about that,” Valk said.",
			[]speakerWant{{"‘We are a bed, not a solution.’", "colleague"}}},
		{"a person by what they were doing, before the quotation",
			"Ana Ruiz said a guard had stopped the bus at the border for three hours. “He came to the window at midnight. He said, ‘Nobody crosses this border tonight.’ We slept in our seats,” she said.",
			[]speakerWant{{"‘Nobody crosses this border tonight.’", "guard"}}},
		{"the fuller words of the first mention",
			"Oren Mault said he had first heard of the closure from a school’s receptionist in March.\n\nHe said he was grateful to the receptionist. “She rang me at home and said, ‘Come and get the forms before Friday.’ Nobody else did,” he said.",
			[]speakerWant{{"‘Come and get the forms before Friday.’", "school’s receptionist"}}},
		{"near miss: a group is no she",
			"Mia Lund said her aunt had watched the race on a phone in the staff room. “She texted me straight after: ‘Well run, now go and rest.’ That is my aunt,” Lund said.",
			[]speakerWant{{"‘Well run, now go and rest.’", "aunt"}}},
		{"near miss: one of the figures is no person",
			"Dr Eva Holt, a chemist at Marram College, said a junior analyst had found the fault while checking one of the figures. “She came to my desk and said, ‘The two columns are swapped.’ She was right,” Holt said.",
			[]speakerWant{{"‘The two columns are swapped.’", "junior analyst"}}},
		{"near miss: a relative of the other gender",
			"Carl Penn was stuck at the airport for two days.\n\n“I rang my brother and then my mother. He said, ‘Stay put, I am coming.’ He drove all night,” Penn said.",
			[]speakerWant{{"‘Stay put, I am coming.’", "brother"}}},
	}
	checkSpeakerCases(t, "person introduced for an inner pronoun", tests)
}
