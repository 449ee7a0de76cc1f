package suggest

import "testing"

// TestNicknames: a lone word that shortens one learnt person's given name
// ("Tobi" after "Tobias") stands for that person; a given name of its own
// ("Tom" after "Tomás") and a word two given names share stay as written.
func TestNicknames(t *testing.T) {
	tests := []speakerCase{
		{"short form of a given name",
			"With us were Tobias Harrowgate, a geologist, and Priya Someshwar, our medic. Tobi said the ice was thinner than last year.",
			[]speakerWant{{"the ice was thinner than last year", "Tobias Harrowgate"}}},
		{"a given name of its own",
			"Tomás Ferreiro, a fisherman, joined the crew. Tom said the nets were torn.",
			[]speakerWant{{"the nets were torn", "Tom"}}},
		{"two names it may shorten",
			"Alexandra Pike and Alexander Voss ran the stall. Alex said the rent had doubled.",
			[]speakerWant{{"the rent had doubled", "Alex"}}},
	}
	checkSpeakerCases(t, "nicknames", tests)
}
