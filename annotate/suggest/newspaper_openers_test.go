package suggest

import "testing"

// TestOpenedNewspaper: "the paper" after a paper named "Daily …", "Sunday
// …" or "Evening …" is that paper; a body so named, or a name that is no
// paper's, is not taken.
func TestOpenedNewspaper(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"the Daily Rampart, then the paper",
			"Port Ashby have moved ahead in the race to sign a striker, according to the Daily Rampart.\n\nKingsbridge want at least £40m for the forward, the paper adds.",
			"Kingsbridge want at least £40m for the forward", "paper", "Daily Rampart"},
		{"the Weekly Lantern, then the paper",
			"The minister will resign within days, the Weekly Lantern reported.\n\nHe has told friends he is tired, the paper said.",
			"He has told friends he is tired", "paper", "Weekly Lantern"},
		{"the Evening Beacon, then the paper",
			"The council will sell the pier, according to the Evening Beacon.\n\nThe sale could raise £2m, the paper says.",
			"The sale could raise £2m", "paper", "Evening Beacon"},
		{"near miss: a Sunday league is no paper",
			"Three clubs have quit, according to the Sunday League.\n\nTwo more may follow, the paper says.",
			"Two more may follow", "Sunday League", ""},
		{"near miss: a company opened by Daily",
			"Prices will rise, according to Daily Foods Ltd.\n\nCosts have doubled, the paper says.",
			"Costs have doubled", "Daily Foods Ltd", ""},
		{"near miss: a weekday and a name",
			"The show will close, Sunday Okafor said on Monday.\n\nTicket sales fell by half, the paper says.",
			"Ticket sales fell by half", "Sunday Okafor", ""},
	})
}
