package suggest

import "testing"

// TestVerbalNounSpeakers: a description built on a noun made from a verb by
// "-ing" ("the ruling", "the finding", "the briefing") names no person and
// keeps its own word; a person's noun in "-ing" ("the sibling") or any
// other person's noun still takes the person named before it.
func TestVerbalNounSpeakers(t *testing.T) {
	tests := []speakerCase{
		{"according to the ruling after the judge",
			"A land court ruled on Tuesday. Judge Ana Robles said the title was void. According to the ruling, the registry must issue a new title within six months.",
			[]speakerWant{{"the registry must issue a new title within six months", "ruling"}}},
		{"the finding after a named inspector",
			"The mill was inspected in May. Inspector Tom Vale said the guards were missing. The finding said the owner had been warned twice.",
			[]speakerWant{{"the owner had been warned twice", "finding"}}},
		{"the briefing after a named official",
			"Talks resumed on Monday. Ola Brandt, a junior minister, said the talks were friendly. The briefing said a deal was close.",
			[]speakerWant{{"a deal was close", "briefing"}}},
		{"near miss: a person's noun in -ing",
			"The house was sold in May. Tom Vale said the price was fair. The sibling said the family had been consulted.",
			[]speakerWant{{"the family had been consulted", "Tom Vale"}}},
		{"near miss: a person's role",
			"The house was sold in May. Tom Vale, a campaigner, said the price was fair. The campaigner said the family had been consulted.",
			[]speakerWant{{"the family had been consulted", "Tom Vale"}}},
		{"near miss: a noun of no known kind",
			"The concert ended late. Mia Holt said the crowd was happy. The singer said the band would tour in May.",
			[]speakerWant{{"the band would tour in May", "Mia Holt"}}},
	}
	checkSpeakerCases(t, "verbal noun speakers", tests)
}
