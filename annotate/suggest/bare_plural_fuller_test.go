package suggest

import "testing"

// TestBarePluralFuller: a capitalised bare plural opening a sentence as a
// speaker ("Officers said") takes the fuller lower-case description of the
// same plural named before it; a count before the earlier plural, an
// earlier plural only inside a quotation, no earlier plural, and a plural
// that names no role are left as they were.
func TestBarePluralFuller(t *testing.T) {
	checkSpeakerCases(t, "bare plural fuller", []speakerCase{
		{"planning officers",
			"The plan was recommended for approval by council planning officers. Officers said the site was sustainable.",
			[]speakerWant{{"the site was sustainable", "council planning officers"}}},
		{"safety inspectors a paragraph later",
			"The mine was checked by safety inspectors last week.\n\nInspectors said the shaft was sound.",
			[]speakerWant{{"the shaft was sound", "safety inspectors"}}},
		{"the described group with a determiner",
			"The prison was visited by the independent monitoring inspectors in May. Inspectors said conditions had worsened.",
			[]speakerWant{{"conditions had worsened", "independent monitoring inspectors"}}},
		// near-misses
		{"a count is no description",
			"Three residents said the road flooded. Residents said the drains were blocked.",
			[]speakerWant{{"the drains were blocked", "Residents"}}},
		{"the fuller plural only in someone's words",
			"“We trust the local planning officers,” the mayor said. Officers said the site was sustainable.",
			[]speakerWant{{"the site was sustainable", "Officers"}}},
		{"no earlier plural",
			"The plan was approved on Monday. Officers said the site was sustainable.",
			[]speakerWant{{"the site was sustainable", "Officers"}}},
		{"a plural naming no role",
			"The village lost its old oak trees. Trees said nothing, but the council said it would replant.",
			[]speakerWant{{"it would replant", "council"}}},
	})
}
