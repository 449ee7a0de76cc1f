package suggest

import "testing"

// TestWhoObjectTopic: a person named after a preposition and described by
// a "who" clause is whom the "she" of the next quotation stands for; an
// object without such a clause is still passed over, and one of the other
// gender never taken.
func TestWhoObjectTopic(t *testing.T) {
	tests := []speakerCase{
		{"an object with a who clause",
			"Singer postpones final\n\nFans gathered outside the arena. “Get well soon,” one fan said.\n\n" +
				"The delay is a blow for Marisol Tey, who has never missed a final. “I will be back before the summer,” she told a radio station.",
			[]speakerWant{
				{"I will be back before the summer", "Marisol Tey"},
			}},
		{"an object of the other gender with a who clause",
			"Ines Varga, the team’s captain, said the squad was ready.\n\n" +
				"The delay is a blow for Tomas Brenner, who has never missed a final. “We will wait,” she said.",
			[]speakerWant{
				{"We will wait", "Ines Varga"},
			}},
		{"a topic with a who clause a paragraph above",
			"Ines Varga, the team’s captain, said the squad was ready.\n\n" +
				"On Marisol Tey, who missed the final: “She will be back.”\n\n" +
				"Asked about the summer, she smiled. “We will wait,” she said.",
			[]speakerWant{
				{"We will wait", "Ines Varga"},
			}},
		{"an object without a who clause",
			"Ines Varga, the team’s captain, said the squad was ready.\n\n" +
				"The delay is a blow for Marisol Tey. “We will wait,” she said.",
			[]speakerWant{
				{"We will wait", "Ines Varga"},
			}},
		{"a pronoun inside the next paragraph's quotation takes the topic before it",
			"Lina Vostrikova, who led the study, said the records were rare.\n\n" +
				"Ravi Okafor-Dunn, a student in the lab, spent a year reading the letters of Ewald Brandvik, who kept bees near the lake until 1961.\n\n" +
				"“Most weeks he wrote about the hives. Then once a year he writes, ‘Swarm gone. Bees sad,’” Okafor-Dunn said.",
			[]speakerWant{
				{"‘Swarm gone. Bees sad,’", "Ewald Brandvik"},
			}},
		{"near miss: the pronoun speaks outside any quotation in the next paragraph",
			"Lina Vostrikova, who led the study, said the records were rare.\n\n" +
				"Ravi Okafor-Dunn, a student in the lab, spent a year reading the letters of Ewald Brandvik, who kept bees near the lake until 1961.\n\n" +
				"He said the letters had been “a joy to read”.",
			[]speakerWant{
				{"the letters had been “a joy to read”", "Ravi Okafor-Dunn"},
			}},
		{"near miss: the quotation does not open its paragraph",
			"Lina Vostrikova, who led the study, said the records were rare.\n\n" +
				"Ravi Okafor-Dunn, a student in the lab, spent a year reading the letters of Ewald Brandvik, who kept bees near the lake until 1961.\n\n" +
				"Okafor-Dunn laughed. Then he said: “Each May he writes, ‘Swarm gone. Sad.’”",
			[]speakerWant{
				{"“Each May he writes, ‘Swarm gone. Sad.’”", "Ravi Okafor-Dunn"},
			}},
	}
	checkSpeakerCases(t, "who object topic", tests)
}
