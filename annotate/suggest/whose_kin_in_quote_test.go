package suggest

import "testing"

// TestWhoseKinInQuote: a relative introduced by "whose" in the sentence
// before a quotation ("whose father fished the same grounds") is who a
// "he" or "she" of that relative's gender speaking inside it stands for;
// a relative of the other gender or one named stays as it was.
func TestWhoseKinInQuote(t *testing.T) {
	tests := []speakerCase{
		{"whose father",
			"On the quay, crab fisher Mhairi Ross, 34, whose father fished the same grounds for 40 years, said she had come for him. \"He told me, 'Look after the sea and it will look after you,' and I mean to,\" she said.",
			[]speakerWant{{"'Look after the sea and it will look after you,'", "father"}}},
		{"whose mother",
			"Baker Tom Hale, whose mother opened the shop in 1971, said he would keep it going. \"She always said, 'Bread first, gossip second,' and I stick to it,\" he said.",
			[]speakerWant{{"'Bread first, gossip second,'", "mother"}}},
		{"whose grandfather",
			"Ferryman Ian Ross, whose grandfather ran the crossing before the war, said he had no plans to stop. \"He used to say, 'The tide does not wait for the council,' and it still does not,\" Ross said.",
			[]speakerWant{{"'The tide does not wait for the council,'", "grandfather"}}},
		{"a relative of the other gender stays",
			"On the quay, crab fisher Mhairi Ross, 34, whose mother fished the same grounds, said she had come for her. \"He told me, 'Look after the sea,' and I mean to,\" she said.",
			[]speakerWant{{"'Look after the sea,'", ""}}},
		{"a relative named stays",
			"Baker Tom Hale, whose mother, Ann Hale, opened the shop in 1971, said he would keep it going. \"She always said, 'Bread first, gossip second,' and I stick to it,\" he said.",
			[]speakerWant{{"'Bread first, gossip second,'", "Ann Hale"}}},
		{"whose as a question stays",
			"Baker Tom Hale asked whose idea the closure was. \"She told me, 'It is out of my hands,' and walked off,\" Hale said of the manager, Ann Ruiz.",
			[]speakerWant{{"'It is out of my hands,'", ""}}},
	}
	checkSpeakerCases(t, "whose kin in quote", tests)
}
