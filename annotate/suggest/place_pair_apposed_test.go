package suggest

import "testing"

// TestPlacePairApposed: "The MP for Ashby and Kelso, Ann Lee, said" is Ann
// Lee speaking, and the "she" of her next quotation is Ann Lee, not a
// place of the pair; a place with no person named after it, a list after
// it, or a person named before the place changes nothing.
func TestPlacePairApposed(t *testing.T) {
	tests := []speakerCase{
		{"an MP for two places, then her name, then a pronoun",
			"About 300 homes in Lower Ashby and Kelso were emptied overnight.\n\nThe MP for Ashby and Kelso, Ann Lee, said questions had to be answered. “Residents are entitled to know,” she said.",
			[]speakerWant{
				{"questions had to be answered", "Ann Lee"},
				{"Residents are entitled to know", "Ann Lee"},
			}},
		{"a councillor for one place, then his name",
			"Flooding closed the road to Upper Brantwood on Sunday.\n\nThe councillor for Brantwood, Tom Hartley, said the pumps had failed. “We were told they were fixed,” he said.",
			[]speakerWant{
				{"the pumps had failed", "Tom Hartley"},
				{"We were told they were fixed", "Tom Hartley"},
			}},
		{"near-miss: the person named before the places",
			"Ann Lee, the MP for Ashby and Kelso, said questions had to be answered. “Residents are entitled to know,” she said.",
			[]speakerWant{
				{"questions had to be answered", "Ann Lee"},
				{"Residents are entitled to know", "Ann Lee"},
			}},
		{"near-miss: a person who campaigned in the places",
			"Ann Lee campaigned in Ashby and Kelso on Monday. “It was busy,” she said.",
			[]speakerWant{
				{"It was busy", "Ann Lee"},
			}},
		{"near-miss: a list after the places, not a name",
			"Mark Oduya said the crews in Ashby and Kelso, Brant and Hollow were tired. “We need more pumps,” he said.",
			[]speakerWant{
				{"the crews in Ashby", "Mark Oduya"},
				{"We need more pumps", "Mark Oduya"},
			}},
	}
	checkSpeakerCases(t, "place pair apposed", tests)
}
