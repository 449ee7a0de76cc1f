package suggest

import "testing"

// TestBodyRoleBeforeHeads: "Her label, Northgate Records, said …. the
// label said" is the label both times; a person named after "The leader
// of the council," and a body noun before a person's given name change
// nothing.
func TestBodyRoleBeforeHeads(t *testing.T) {
	tests := []speakerCase{
		{"a label named after its noun",
			"Pop singer Tallis Reyne has cancelled six dates of her tour.\n\nHer label, Northgate Records, said her fourth album was still due out in March. Its release date had not been affected by the illness, the label said.",
			[]speakerWant{
				{"still due out in March", "Northgate Records"},
				{"Its release date", "Northgate Records"},
			}},
		{"near-miss: a person after the leader of a body",
			"Fenmoor Borough Council will close two libraries.\n\nThe leader of the council, Ann Lee, said the cuts were forced on it. “I did not come into politics to close libraries,” she said. The closures would save £2m, the council said.",
			[]speakerWant{
				{"the cuts were forced on it", "Ann Lee"},
				{"I did not come into politics", "Ann Lee"},
				{"The closures would save", "Fenmoor Borough Council"},
			}},
		{"near-miss: a person's given name after a body noun",
			"The union, Ann Lee, said nothing. “We will ballot,” she said.",
			[]speakerWant{
				{"We will ballot", "Ann Lee"},
			}},
	}
	checkSpeakerCases(t, "a body named after its noun", tests)
}
