package suggest

import "testing"

// TestIssuedDocuments: "The filing said" after "said in the filing" speaks
// as the filing, a document; "The statement said" after "said in a
// statement" is still the body that issued it.
func TestIssuedDocuments(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"a filing speaks as itself",
			"Orrin Mills will shut its Dunbar site, the textile maker said in a filing on Monday.\n\nThe company said in the filing that orders had fallen. The filing also said Orrin expected a loss this year.",
			"Orrin expected a loss this year", "Orrin Mills", "filing"},
		{"near miss: a statement is its issuer",
			"Orrin Mills will shut its Dunbar site, the textile maker said in a statement on Monday.\n\nThe statement said Orrin expected a loss this year.",
			"Orrin expected a loss this year", "statement", "Orrin Mills"},
	})
}
