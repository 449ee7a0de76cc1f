package suggest

import "testing"

// TestPanelBodies: "the panel" of a hearing is the commission or tribunal
// named before it, not the association that convened it, and "It" after
// it follows; with no sitting body named, the panel stays as it was.
func TestPanelBodies(t *testing.T) {
	tests := []speakerCase{
		{"a commission's panel",
			"Winger Tom Rudd has been banned for six matches after a Disciplinary Appeals Commission upheld a charge of misconduct.\n\n" +
				"The Western Counties Football Association said on Monday that the hearing had lasted two days.\n\n" +
				"The panel, chaired by Ann Cole KC, said in its written reasons that the footage was clear.\n\n" +
				"“The player’s account cannot be squared with the video,” the panel said.\n\n" +
				"It added that Rudd had shown remorse.",
			[]speakerWant{
				{"the hearing had lasted two days", "Western Counties Football Association"},
				{"the footage was clear", "Disciplinary Appeals Commission"},
				{"cannot be squared", "Disciplinary Appeals Commission"},
				{"Rudd had shown remorse", "Disciplinary Appeals Commission"},
			}},
		{"a tribunal's panel",
			"An Employment Tribunal sitting last week found that the nurse had been unfairly dismissed. The panel said the hospital had ignored its own rules.",
			[]speakerWant{{"the hospital had ignored its own rules", "Employment Tribunal"}}},
		{"the commission by its own noun stays",
			"The Harbour Licensing Commission refused the bid. The commission said the quay was too narrow.",
			[]speakerWant{{"the quay was too narrow", "Harbour Licensing Commission"}}},
	}
	checkSpeakerCases(t, "panel bodies", tests)
}
