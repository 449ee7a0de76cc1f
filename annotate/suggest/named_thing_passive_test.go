package suggest

import "testing"

// TestNamedThingPassive: a woman's or man's name given to a boat by "would
// be named" or "will be called" is no one a later "she" or "he" can take;
// a person given a name or a post, and a man named in a subject, keep
// theirs.
func TestNamedThingPassive(t *testing.T) {
	tests := []speakerCase{
		{"a lifeboat to be named after a woman",
			"The appeal was led by Wenna Trask. Crew member Ben Odell said the new lifeboat would be named Wenna T when it arrives. “She always said, ‘Row first, talk later,’” he said.",
			[]speakerWant{{"‘Row first, talk later,’", "Wenna Trask"}}},
		{"a ferry that will be called after a man",
			"Hywel Quayle ran the crossing for 30 years. Skipper Dan Rees said the new ferry, paid for by his appeal, will be called Hywel Q when it arrives. ‘He used to say, “The tide waits for no councillor,”’ Rees said.",
			[]speakerWant{{"“The tide waits for no councillor,”", "Hywel Quayle"}}},
		{"a horse was named after her",
			"Meryl Dance trained at the yard for years. Her last foal, a grey mare, was named Meryl D in 2020. “She said, ‘Never trust a quiet horse,’” the owner said.",
			[]speakerWant{{"‘Never trust a quiet horse,’", "Meryl Dance"}}},
		{"a pub to be named after its landlady",
			"Kensa Rowe kept the village pub for 40 years. The brewer Mark Tate said the new pub would be named Kensa R when it opens. “She always said, ‘Never water the beer,’” he said.",
			[]speakerWant{{"‘Never water the beer,’", "Kensa Rowe"}}},
		// near-misses
		{"a baby is named, not a thing",
			"Ruth Amos is a midwife. The baby was named Tilly Price on Monday. Tilly Price said the name was her grandmother’s.",
			[]speakerWant{{"the name was her grandmother’s", "Tilly Price"}}},
		{"named as an active verb, no auxiliary",
			"The lifeboat crew named Carys Bell as their new coxswain. She said the station was ready.",
			[]speakerWant{{"the station was ready", "Carys Bell"}}},
		{"the thing is in an earlier sentence",
			"The lifeboat arrived in June. The new head was named Ada Crane on Friday. She said the school would reopen.",
			[]speakerWant{{"the school would reopen", "Ada Crane"}}},
	}
	checkSpeakerCases(t, "named thing passive", tests)
}
