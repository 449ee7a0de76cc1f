package suggest

import "testing"

// TestDemonymPerson: "the Italian said" after the one person named in its
// paragraph is that person, even when an earlier "the Italian" found no
// one (the later one took that one as its antecedent); two people named
// in the paragraph, or none, leave the earlier description's word.
func TestDemonymPerson(t *testing.T) {
	const lead = "km 90: Pratt sits up. The Italian is shouting at his car.\n\nkm 120: His rival Marco Bellini goes clear.\n\n"
	tests := []speakerCase{
		{"one person in the paragraph",
			"Stage six went to the climbers.\n\nMarco Bellini said he had attacked because his team had told him the leader was tired. “Tomorrow is another climb,” the Italian said.",
			[]speakerWant{
				{"Tomorrow is another climb", "Marco Bellini"},
			}},
		{"an earlier unresolved description of the same word",
			lead + "Bellini said he had attacked early. “Tomorrow is another climb,” the Italian said.",
			[]speakerWant{
				{"Tomorrow is another climb", "Marco Bellini"},
			}},
		{"near-miss: two people in the paragraph",
			lead + "Bellini said he had attacked after Jonas Pratt had dropped back. “Tomorrow is another climb,” the Italian said.",
			[]speakerWant{
				{"Tomorrow is another climb", "Italian"},
			}},
		{"near-miss: no one in the paragraph",
			lead + "The wind turned at the summit. “Tomorrow is another climb,” the Italian said.",
			[]speakerWant{
				{"Tomorrow is another climb", "Italian"},
			}},
	}
	checkSpeakerCases(t, "demonym person", tests)
}
