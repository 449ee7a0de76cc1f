package suggest

import "testing"

// TestShelterHeads: "Shelter", "Sanctuary" and "Hospice" close a body's
// name, the place words before them included ("The Dunmore County Animal
// Shelter" … "the shelter said"); a person who runs a shelter stays a
// person, and a lower-case shelter names no body.
func TestShelterHeads(t *testing.T) {
	tests := []speakerCase{
		{"a county's shelter, then its description",
			"The Dunmore County Animal Shelter has run out of kennels.\n\n" +
				"“We are asking families to foster a cat this winter,” the shelter said in a post.",
			[]speakerWant{
				{"We are asking families to foster a cat this winter", "Dunmore County Animal Shelter"},
			}},
		{"a sanctuary by its name",
			"The Brackley Donkey Sanctuary said it had taken in nine animals since June.",
			[]speakerWant{
				{"it had taken in nine animals since June", "Brackley Donkey Sanctuary"},
			}},
		{"near-miss: Shelter opening a charity's name",
			"Shelter Harrowby helped 4,000 tenants last year, its director, Ann Pole, said.\n\nThe charity said demand was still rising.",
			[]speakerWant{
				{"demand was still rising", "Shelter Harrowby"},
			}},
		{"near-miss: a person who runs a shelter",
			"Tom Hale, who runs a night shelter in Dunmore, said the beds were full by eight.",
			[]speakerWant{
				{"the beds were full by eight", "Tom Hale"},
			}},
	}
	checkSpeakerCases(t, "shelter heads", tests)
}
