package suggest

import "testing"

// TestAdverbCoordinatedSubject: a quotation inside a memory, after "Name
// just/quietly … and said", is the named person's. A pronoun subject, a
// name joined to another by "and", and a name with an apposition before
// the adverb are not read by this rule.
func TestAdverbCoordinatedSubject(t *testing.T) {
	tests := []speakerCase{
		{"a list of verbs after the adverb",
			"The drummer remembered the gig. “The lights died. Ada just walked to the front, stood on a chair and said, ‘Right, you will have to sing along, then.’ And they did,” he said.",
			[]speakerWant{{"‘Right, you will have to sing along, then.’", "Ada"}}},
		{"a kick and a walk after the adverb",
			"The keeper recalled the final. “We were two down. Bryn just picked up the ball, walked to the spot and said, ‘We have forty minutes, lads, plenty of time.’ We won,” he said.",
			[]speakerWant{{"‘We have forty minutes, lads, plenty of time.’", "Bryn"}}},
		{"a full name before the adverb",
			"Her sister remembered the storm. “The roof went. Mara Lett simply lit a candle, sat by the door and said, ‘Well, we still have the walls, at least.’ Nobody slept,” she said.",
			[]speakerWant{{"‘Well, we still have the walls, at least.’", "Mara Lett"}}},
		{"a stand and a bang after the adverb",
			"The coach remembered the row. “The referee gave nothing. Colm just stood up, banged the table and said, ‘I will not train this team again.’ He did, of course,” he said.",
			[]speakerWant{{"‘I will not train this team again.’", "Colm"}}},
	}
	checkSpeakerCases(t, "adverb coordinated subject", tests)

	// near-misses: two names joined by "and", a name with an apposition
	// before the adverb, a sentence-opening pronoun
	nearMisses := []string{
		"“The lights died. Ada and Tom just walked to the front and said, ‘Right, you will have to sing along, then.’ And they did,” he said.",
		"“The lights died. Ada Voss, our bassist, just walked to the front and said, ‘Right, you will have to sing along, then.’ And they did,” he said.",
		"“The lights died. She just walked to the front and said, ‘Right, you will have to sing along, then.’ And they did,” he said.",
	}
	for _, text := range nearMisses {
		got, _ := readSuggestions(text)
		for _, g := range got {
			if g.statement == "‘Right, you will have to sing along, then.’" && g.canonical == "Ada" {
				t.Errorf("near-miss %q: inner quote given to %q", text, g.canonical)
			}
		}
	}
}
