package suggest

import "testing"

// TestUngenderedSubjectBefore: a "he" or "she" who speaks right after a
// sentence opened by a person whose name tells no gender ("Maria*",
// "Jory") stands for that person, not for someone of known gender
// named further back; a name that does not open the sentence before, a
// body, and a pronoun inside a quotation are left to the other rules.
func TestUngenderedSubjectBefore(t *testing.T) {
	tests := []speakerCase{
		{"a pseudonym with an asterisk and her family",
			"The trust's patron, Dame Helena Strickland, said she had been shocked.\n\nMaria*, 34, and her two sons were moved four times. She said the worst place was a single room.",
			[]speakerWant{{"the worst place was a single room", "Maria"}}},
		{"a pseudonym of a man and his partner",
			"The appeal was opened by Sir Owen Pettifer, who said he was proud.\n\nJory*, 29, and his partner lost their flat in May. He said the hostel was cold.",
			[]speakerWant{{"the hostel was cold", "Jory"}}},
		{"a given name with an age",
			"Dame Helena Strickland said she had been shocked.\n\nAshdown*, 41, was moved twice in a year. She said the boys stopped asking.",
			[]speakerWant{{"the boys stopped asking", "Ashdown"}}},
		// near-misses
		{"the name does not open the sentence before",
			"Dame Helena Strickland, the patron, opened the hall.\n\nThe council moved Maria* to a hostel in May. She said the move had been hard.",
			[]speakerWant{{"the move had been hard", "Helena Strickland"}}},
		{"a named person of known gender opens it",
			"Maria* came to the trust in May.\n\nDame Helena Strickland met the families in June. She said the stories had shocked her.",
			[]speakerWant{{"the stories had shocked her", "Helena Strickland"}}},
		{"the name is in the paragraph before",
			"Dame Helena Strickland said she had been shocked.\n\nMaria* and her sons were moved four times.\n\nAt the dinner, Dame Helena spoke again. She said the report was a call to act.",
			[]speakerWant{{"the report was a call to act", "Helena Strickland"}}},
	}
	checkSpeakerCases(t, "ungendered subject before", tests)
}
