package suggest

import "testing"

// A transcript labelled by initials under a key that spells them out.
// Invented text.

const keyedIntro = "Tamsin Orr talks to the ecologist Piet Laszlo and the beekeeper Wyn Hollis about the hives lost this spring.\n\n"

func keyedTranscript(key string) string {
	return keyedIntro + key + "\n\n" +
		"TO: Piet, why did so many colonies fail?\n\n" +
		"PL: A cold April, then a long dry May. The bees had nothing to forage for six weeks.\n\n" +
		"TO: And the spraying?\n\n" +
		"WH: It did not help. Half my hives were gone by June.\n\n" +
		"TO: The county says it stopped spraying near the hives in March.\n\n" +
		"PL: Then why are the losses worst beside the sprayed fields? Nobody has answered that.\n\n" +
		"TO: Wyn, will you carry on?\n\n" +
		"WH: Yes. I have ordered twelve new queens.\n"
}

func TestKeyedInitialsNameSpeakersAndHost(t *testing.T) {
	text := keyedTranscript("Speakers: TO – Tamsin Orr (presenter); PL – Piet Laszlo, ecologist; WH – Wyn Hollis, beekeeper")
	for s, want := range map[string]string{
		"A cold April, then a long dry May. The bees had nothing to forage for six weeks.": "Piet Laszlo",
		"It did not help. Half my hives were gone by June.":                                "Wyn Hollis",
		"Yes. I have ordered twelve new queens.":                                           "Wyn Hollis",
		// a guest's answer asking a rhetorical question stays his
		"Then why are the losses worst beside the sprayed fields? Nobody has answered that.": "Piet Laszlo",
		// the host's one assertion stays hers
		"The county says it stopped spraying near the hives in March.": "Tamsin Orr",
	} {
		if g, ok := suggestionOf(t, text, s); ok && g.speaker != want {
			t.Errorf("%q: speaker %q, want %q", s, g.speaker, want)
		}
	}
	got, _ := readSuggestions(text)
	for _, g := range got {
		switch g.statement {
		case "Piet, why did so many colonies fail?", "And the spraying?", "Wyn, will you carry on?":
			t.Errorf("the host's question is a statement: %v", g)
		}
	}
}

func TestKeyedInitialsNearMisses(t *testing.T) {
	tests := []struct{ name, key, speaker string }{
		// no key: the labels stay as they are
		{"no key", "Recorded at the village hall.", "PL"},
		// a key whose names do not spell the initials is no key
		{"names unlike initials", "Speakers: TO – Hannah Bright; PL – Oscar Finch; WH – Mara Quill", "PL"},
		// a key with no host role still names the speakers
		{"no host role", "Speakers: TO – Tamsin Orr; PL – Piet Laszlo; WH – Wyn Hollis", "Piet Laszlo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := keyedTranscript(tt.key)
			if g, ok := suggestionOf(t, text, "A cold April, then a long dry May. The bees had nothing to forage for six weeks."); ok && g.speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", g.speaker, tt.speaker)
			}
		})
	}
}
