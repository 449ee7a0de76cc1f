package suggest

import "testing"

// TestVocativeLabels: a two-party exchange's unnamed role label is the
// person the other party calls by first name, shortened or not; not when
// the name is only mentioned, when two people share it, or when a third
// label joins the exchange.
func TestVocativeLabels(t *testing.T) {
	intro := "Ada Lind won at Kessmoor on Sunday after a late duel with Mia Roth.\n\nLind's tyres were old when her race engineer, Joe Pike, called her in:\n\n"
	outro := "\n\nLind said afterwards she had no regrets."
	checkCanonicalCases(t, []canonicalCase{
		{"a full first name closing the other party's turn",
			intro + "Engineer: Box this lap. Rears are finished.\n\nDriver: Negative. I can hold her.\n\nEngineer: Copy. It's your call, Ada.\n\nDriver: It's my call." + outro,
			"Negative. I can hold her.", "Driver", "Ada Lind"},
		{"a shortened first name",
			"Nikolai Brandt crashed out on lap 12.\n\nHis exchange with the pit wall was brief:\n\nDriver: The steering is gone. I can't turn it.\n\nEngineer: Understood, Nik. Bring it back if you can.\n\nDriver: I will try.\n\nEngineer: Copy that.\n\nThe team later blamed a broken wishbone.",
			"The steering is gone. I can't turn it.", "Driver", "Nikolai Brandt"},
		{"a first name opening the other party's turn",
			"Greta Moll landed safely at Orly after the warning light came on.\n\nThe recording was released on Monday:\n\nTower: Greta, say your fuel state.\n\nPilot: Twenty minutes. We are fine.\n\nTower: Copy, cleared to land.\n\nPilot: Cleared to land, thank you.\n\nMoll was praised by the airline.",
			"Twenty minutes. We are fine.", "Pilot", "Greta Moll"},
		{"near miss: the name is only mentioned, not called",
			intro + "Engineer: Box this lap. Ada Roth is losing time.\n\nDriver: Negative. I can hold her.\n\nEngineer: Copy. It's your call.\n\nDriver: It's my call." + outro,
			"Negative. I can hold her.", "Ada Lind", ""},
		{"near miss: two people share the first name",
			"Ada Lind won at Kessmoor on Sunday ahead of Ada Brook.\n\nThe exchange was broadcast:\n\nEngineer: Box this lap, Ada.\n\nDriver: Negative. I can hold her.\n\nEngineer: Copy. It's your call.\n\nDriver: It's my call." + outro,
			"Negative. I can hold her.", "Ada Lind", ""},
		{"near miss: a third party in the exchange",
			intro + "Engineer: Box this lap, Ada.\n\nStrategist: We agree.\n\nDriver: Negative. I can hold her.\n\nEngineer: Copy. It's your call.\n\nDriver: It's my call." + outro,
			"Negative. I can hold her.", "Ada Lind", ""},
	})
}
