package suggest

import "testing"

// TestDescribedPersonPronoun: in a first-person piece, a "he" or "she"
// who speaks with no one named before takes the unnamed person the
// narration last described with a compatible gender ("the woman in bed
// two", "a junior doctor"); a story told in the third person, a person
// named nearer, a "the" role the story gave a named person and a
// description of the other gender are left to the other rules.
func TestDescribedPersonPronoun(t *testing.T) {
	tests := []speakerCase{
		{"a plain noun counted out by a place",
			"It was late when the woman in bed two rang her bell. I went in with a torch. She said she could not sleep for the noise.",
			[]speakerWant{{"she could not sleep for the noise", "woman in bed two"}}},
		{"an indefinite role with a modifier",
			"I was on the desk at midnight. At half past one a junior doctor came through from the other wing. “I have four wards tonight,” she said.",
			[]speakerWant{{"“I have four wards tonight,”", "junior doctor"}}},
		{"a role in the paragraph before",
			"I was driving home on the coast road when a paramedic waved me down.\n\nHe told me the road was shut beyond the bridge.",
			[]speakerWant{{"the road was shut beyond the bridge", "paramedic"}}},
		{"a description of the other gender is passed over",
			"I was on the desk when the man in bed six called out. A woman from the next ward came in after him. He said he wanted to go home.",
			[]speakerWant{{"he wanted to go home", "man in bed six"}}},
		// near-misses
		{"a named person nearer takes the pronoun",
			"I was on the desk when a junior doctor came through. Dr Hannah Okoro, the registrar, followed her in. She said the ward was full.",
			[]speakerWant{{"the ward was full", "Hannah Okoro"}}},
		{"a role the story gave a named person",
			"Tobias Wren directs the revival at the Corn Exchange.\n\nThe director laughed when I repeated this. He said the set had been rebuilt twice.",
			[]speakerWant{{"the set had been rebuilt twice", "Tobias Wren"}}},
		{"a story told in the third person",
			"A junior doctor came through the ward at half past one. “I have four wards tonight,” she said.",
			[]speakerWant{{"“I have four wards tonight,”", ""}}},
		{"a relative of someone's is no one described",
			"I sat with the porter for a while. His wife rang at two. She said the car would not start.",
			[]speakerWant{{"the car would not start", ""}}},
	}
	checkSpeakerCases(t, "described person pronoun", tests)
}
