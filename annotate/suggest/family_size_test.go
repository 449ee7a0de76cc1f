package suggest

import "testing"

// TestFamilySizeSpeaker: a parent described by the size of the family
// ("a father of two", "a mother of three on the fourth floor") speaks
// under that description, and the pronoun after takes it; a count after a
// noun that is no parent, a parent in apposition to a name and a count
// that is no family size are left to the other rules.
func TestFamilySizeSpeaker(t *testing.T) {
	tests := []speakerCase{
		{"a father of two with a relative clause",
			"The hall was full by seven. A father of two who did not want to be named said the grade was unfair on the staff. ‘These teachers stayed late,’ he said.",
			[]speakerWant{{"the grade was unfair on the staff", "father of two"}, {"‘These teachers stayed late,’", "father of two"}}},
		{"a mother of three with a place and an aside",
			"The hall was full by seven. A mother of three on the fourth floor, who asked not to be named, said she had reported a leaking window frame eleven times.",
			[]speakerWant{{"she had reported a leaking window frame eleven times", "mother of three on the fourth floor"}}},
		{"a grandmother of five from an estate",
			"The hall was full by seven. A grandmother of five from the Moor estate said she had reported the damp in March.",
			[]speakerWant{{"she had reported the damp in March", "grandmother of five from the Moor estate"}}},
		// near-misses
		{"a count after a noun that is no parent",
			"The hall was full by seven. A teacher of three said she had reported a leaking window frame eleven times.",
			[]speakerWant{}},
		{"a parent in apposition to a name",
			"The hall was full by seven. Ruth Okafor, a mother of three, said her son used the centre four nights a week.",
			[]speakerWant{{"her son used the centre four nights a week", "Ruth Okafor"}}},
		{"a count that is a year group",
			"The hall was full by seven. The father of a pupil in Year 2 said the grade was unfair on the staff.",
			[]speakerWant{{"the grade was unfair on the staff", "father of a pupil"}}},
	}
	checkSpeakerCases(t, "family size speaker", tests)
}
