package suggest

import "testing"

// TestKeepDescribedBody: "The health board said" after a school is named
// is the health board as described; "the town council said" after
// "Dunmere Town Council" is still that council.
func TestKeepDescribedBody(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"a board after a school",
			"Round-up: the week in Polvean\n\nSchools: Pupils at Polvean Primary have won a county prize. Head teacher Ann Rowe said she was proud.\n\nHospital: The ward at Carn Hospital will close overnight from May. The health board said it could not find enough nurses.",
			"it could not find enough nurses", "Polvean Primary", "health board"},
		{"near miss: the council named before",
			"Dunmere Town Council will close the car park in May.\n\nThe town council said repairs were overdue.",
			"repairs were overdue", "", "Dunmere Town Council"},
		{"near miss: a company by its trade",
			"Kelloway Stores will shut 40 shops, its owner said on Tuesday.\n\nThe supermarket group said sales had fallen for a year.",
			"sales had fallen for a year", "supermarket group", ""},
	})
}
