package suggest

import "testing"

// TestNarrativeBeats: dialogue in a narrative reconstruction. A line that
// ends in "!" inside its marks is framed by the name and cue after it
// ("‘…!’ Hollis shouted."); a line with no cue that opens its paragraph
// is the line of the one whose action follows it, when that one has
// spoken before. Near-misses: a place named after the line, or a name
// whose sentence goes on with a cue of its own, leaves it to the speaker
// before.
func TestNarrativeBeats(t *testing.T) {
	tests := []speakerCase{
		{"an exclaimed line, then the name and the cue",
			"The barn was already burning when Ada Hollis reached the yard with Piet Brandt.\n\n‘Open the gate, the horses first,’ Brandt said.\n\n‘Run! Run for the far gate!’ Hollis shouted.",
			[]speakerWant{{"‘Run! Run for the far gate!’", "Ada Hollis"}}},
		{"a line, then the action of one who spoke before",
			"The barn was already burning when Ada Hollis reached the yard with Piet Brandt.\n\n‘Open the gate, the horses first,’ Hollis said.\n\n‘The roof is going to come down!’ Brandt shouted.\n\n‘I can see it. Keep them moving.’ Hollis pulled the bolt and swung the gate wide.",
			[]speakerWant{{"‘I can see it. Keep them moving.’", "Ada Hollis"}}},
	}
	tests = append(tests, speakerCase{"a one-word second half after a frame that names its hearer",
		"The barn was already burning when Ada Hollis reached the yard with Piet Brandt.\n\n‘Get the rope over the beam,’ Hollis shouted to Piet Brandt. ‘Now.’",
		[]speakerWant{{"‘Now.’", "Ada Hollis"}}})
	checkSpeakerCases(t, "narrative beats", tests)
	// a one-word line after narration, with no frame before it, is no one's
	got, _ := readSuggestions("Ada Hollis reached the yard at dawn. The gate stuck fast in the mud.\n\n‘Now.’")
	for _, g := range got {
		if g.statement == "‘Now.’" {
			t.Errorf("a one-word line with no frame suggested: %v", g)
		}
	}

	nearMisses := []speakerCase{
		{"a place after the line is no speaker",
			"The barn was already burning when Ada Hollis reached the yard with Piet Brandt.\n\n‘Open the gate, the horses first,’ Hollis said.\n\n‘The roof is going to come down on all of us!’ Brandt shouted.\n\n‘We will never get them all out in time.’ Harlow Quay was silent under the smoke.",
			[]speakerWant{{"‘We will never get them all out in time.’", "Piet Brandt"}}},
	}
	checkSpeakerCases(t, "narrative beat near-misses", nearMisses)
}
