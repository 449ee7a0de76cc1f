package suggest

import "testing"

// TestCivicTitles: a borough's or a church's title before a name
// ("Alderman Edwin Pym", "Canon Ruth Hale") is no part of the canonical
// name, so the title with the surname alone later is the same person; a
// surname that only looks like an office ("Mark Canon") stays whole, and a
// kinsman's "Father" is not a title.
func TestCivicTitles(t *testing.T) {
	tests := []speakerCase{
		{"an alderman named in full, then by title and surname",
			"Alderman Edwin Pym said the market hall would stay open. Alderman Pym later said the rent would not rise.",
			[]speakerWant{
				{"the market hall would stay open", "Edwin Pym"},
				{"the rent would not rise", "Edwin Pym"},
			}},
		{"a councillor and a canon",
			"Councillor Mona Strand said the bridge was unsafe. Canon Ruth Hale said the church would lend its hall. Councillor Strand said the repairs would start in May.",
			[]speakerWant{
				{"the bridge was unsafe", "Mona Strand"},
				{"the church would lend its hall", "Ruth Hale"},
				{"the repairs would start in May", "Mona Strand"},
			}},
		{"a surname that is a title stays whole",
			"Mark Canon said the shop would close on Sundays.",
			[]speakerWant{{"the shop would close on Sundays", "Mark Canon"}}},
	}
	checkSpeakerCases(t, "civic titles", tests)
}
