package suggest

import "testing"

// TestHandleOwners: a handle the text ties to a person ("who posts as",
// "The account belongs to", a surname inside it) speaks as that person, as
// do a pronoun after the handle and a name word that is part of it; a
// handle tied to no one, a pronoun after another person is named, and a
// handle whose surname two people share change nothing.
func TestHandleOwners(t *testing.T) {
	tests := []speakerCase{
		{"pronoun after a handle later tied to a name",
			"On Monday @riverside_ken posted a clip of the flooded lane. \"The drains have been blocked for a month,\" he said in the video.\n\nKen Atherley, a plumber who posts as @riverside_ken, said the council had ignored him.",
			[]speakerWant{{"The drains have been blocked for a month,", "Ken Atherley"}}},
		{"a title and surname handle",
			"@MayorOkonkwo replied on Friday: \"We will fix it this week.\"\n\nMayor Chidi Okonkwo told reporters the repairs would cost £5,000.",
			[]speakerWant{{"We will fix it this week.", "Chidi Okonkwo"}}},
		{"a name word that is part of the handle",
			"\"Bea told me the stall was her life,\" Tom Reyes said.\n\nOne reply came from @market_bea, an account set up in May. The account belongs to Beatrix Hollins, 82. Ms Hollins said she was delighted.",
			[]speakerWant{{"the stall was her life", "Beatrix Hollins"}}},
		// near-misses
		{"a handle tied to no one",
			"On Monday @riverside_ken posted a clip of the flooded lane. \"The drains have been blocked for a month,\" he said in the video.",
			[]speakerWant{{"The drains have been blocked for a month,", ""}}},
		{"another person named between",
			"On Monday @riverside_ken posted a clip. Dan Pryce, a neighbour, watched it. \"It is a disgrace,\" he said.\n\nKen Atherley, a plumber who posts as @riverside_ken, was angry.",
			[]speakerWant{{"It is a disgrace,", "Dan Pryce"}}},
		{"a surname two people share",
			"@CllrOkafor replied: \"We will look at it.\"\n\nCouncillor Ade Okafor and his sister Ngozi Okafor run the committee.",
			[]speakerWant{{"We will look at it.", "CllrOkafor"}}},
	}
	checkSpeakerCases(t, "handle owners", tests)
}
