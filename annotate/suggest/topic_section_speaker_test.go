package suggest

import "testing"

// TestTopicSectionSpeaker: under a topic heading of press-conference
// notes, a line naming another person who spoke to the press hands the
// quotations after it to that person; a line of two sentences, a line
// with no verb of meeting the press and a line naming no one leave them
// with the intro's speaker.
func TestTopicSectionSpeaker(t *testing.T) {
	intro := "Harbour manager Ines Valcourt spoke to the media on Friday.\n\nOn the injuries:\n\n\"Teo is out for a month.\"\n\nOn the academy:\n\n"
	teo := suggestion{"\"Teo is out for a month.\"", "Ines Valcourt", "Ines Valcourt", "", "B", "direct"}
	tests := []suggestCase{
		{"an assistant with a relative clause and also",
			intro + "Assistant coach Bram Ostrowski, who runs the youth side, also spoke to club radio about the young players.\n\n\"Two of them are ready now.\"",
			[]suggestion{teo, {"\"Two of them are ready now.\"", "Assistant coach Bram Ostrowski", "Bram Ostrowski", "", "B", "direct"}}},
		{"a captain who talked to reporters",
			intro + "Captain Wendeline Achterhof talked to reporters after training.\n\n\"We want the cup.\"\n\n\"Nobody is tired.\"",
			[]suggestion{teo,
				{"\"We want the cup.\"", "Captain Wendeline Achterhof", "Wendeline Achterhof", "", "B", "direct"},
				{"\"Nobody is tired.\"", "Captain Wendeline Achterhof", "Wendeline Achterhof", "", "B", "direct"}}},
		{"a chairman who later addressed the fans",
			intro + "Chairman Rufus Penhallow later addressed the supporters' club.\n\n\"The ground will be ours by May.\"",
			[]suggestion{teo, {"\"The ground will be ours by May.\"", "Chairman Rufus Penhallow", "Rufus Penhallow", "", "B", "direct"}}},
		{"a line with no verb of meeting the press",
			intro + "Assistant coach Bram Ostrowski runs the youth side.\n\n\"Two of them are ready now.\"",
			[]suggestion{teo}},
		{"a line of two sentences",
			intro + "The youth side won again. Assistant coach Bram Ostrowski spoke to club radio.\n\n\"Two of them are ready now.\"",
			[]suggestion{teo}},
		{"a line naming no one",
			intro + "The club's staff spoke to parents on Monday.\n\n\"Two of them are ready now.\"",
			[]suggestion{teo}},
	}
	checkSuggestCases(t, tests)
}
