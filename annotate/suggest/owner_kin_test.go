package suggest

import "testing"

// TestOwnerKin: "She said her own father had told her he “…”" is her
// father, named by her name; a relative speaking outside a statement, or
// a pronoun of the other gender than the statement's speaker, changes
// nothing.
func TestOwnerKin(t *testing.T) {
	tests := []speakerCase{
		{"her own father inside her statement",
			"Nora Quayle, who runs the ferry kiosk, said families were leaving. She said her own father had told her he “would rather drown than move to town”.",
			[]speakerWant{
				{"he “would rather drown than move to town”", "Nora Quayle’s father"},
			}},
		{"near-miss: her own father speaking on his own",
			"Nora Quayle runs the ferry kiosk. Her own father said he “would rather drown than move to town”.",
			[]speakerWant{
				{"he “would rather drown than move to town”", "own father"},
			}},
		{"near-miss: her own father in his statement",
			"Ivor Quayle, who runs the ferry kiosk, said families were leaving. He said her own father had told her he “would rather drown than move to town”.",
			[]speakerWant{
				{"he “would rather drown than move to town”", "own father"},
			}},
	}
	checkSpeakerCases(t, "a relative by whose relative", tests)
}
