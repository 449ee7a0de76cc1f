package suggest

import "testing"

// TestTopicReportHeading: a topic heading of press-conference notes that
// reports someone's words ("On X saying …:") is a statement of that person
// with the participle as cue, and the quotation under it stays the
// manager's; a narrative line with a participle, a heading whose verb is
// no cue and a sentence before the participle are not read so.
func TestTopicReportHeading(t *testing.T) {
	intro := "Harbour manager Ines Valcourt spoke to the media on Friday.\n\nOn the injuries:\n\n\"Teo is out for a month.\"\n\n"
	teo := suggestion{"\"Teo is out for a month.\"", "Ines Valcourt", "Ines Valcourt", "", "B", "direct"}
	tests := []suggestCase{
		{"a rival manager's words in quotation marks",
			intro + "On Quayside boss Lorcan Tibbett saying his side \"fear nobody\":\n\n\"Good. Nor do we.\"",
			[]suggestion{teo,
				{"his side \"fear nobody\"", "Lorcan Tibbett", "Lorcan Tibbett", "saying", "T2", "mixed"},
				{"\"Good. Nor do we.\"", "Ines Valcourt", "Ines Valcourt", "", "B", "direct"},
			}},
		{"a claim reported without quotation marks",
			intro + "On chairman Oswald Prynne claiming the budget is the biggest yet:\n\n\"The chairman has always backed me.\"",
			[]suggestion{teo,
				{"the budget is the biggest yet", "chairman Oswald Prynne", "Oswald Prynne", "claiming", "T2", "indirect"},
				{"\"The chairman has always backed me.\"", "Ines Valcourt", "Ines Valcourt", "", "B", "direct"},
			}},
		{"about a body's warning",
			intro + "About the Football Association warning clubs over pitch invasions:\n\n\"We will talk to our fans.\"",
			[]suggestion{teo,
				{"clubs over pitch invasions", "the Football Association", "Football Association", "warning", "T2", "indirect"},
				{"\"We will talk to our fans.\"", "Ines Valcourt", "Ines Valcourt", "", "B", "direct"},
			}},
		{"a heading whose verb is no cue",
			intro + "On Lorcan Tibbett leaving the club:\n\n\"I wish him well.\"",
			[]suggestion{teo,
				{"\"I wish him well.\"", "Ines Valcourt", "Ines Valcourt", "", "B", "direct"},
			}},
		{"a narrative line with a participle",
			"The squad trained at the beach on Friday.\n\nOn the way back the driver was saying nothing at all:\n\nthe bus was silent.",
			nil},
		// the line is no heading, so one heading is left and no layout
		{"a quotation before the participle",
			intro + "On the \"fear nobody\" line and Lorcan Tibbett saying it twice:\n\n\"Fine by me.\"",
			nil},
	}
	checkSuggestCases(t, tests)
}
