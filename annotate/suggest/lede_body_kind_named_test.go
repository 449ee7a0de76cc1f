package suggest

import "testing"

// TestLedeCompoundBodyNamed: a lede's "a … think tank said" is the one
// institute, centre or foundation the next paragraphs name; not a body
// of another kind, not when two fit, not a description outside the lede.
func TestLedeCompoundBodyNamed(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"an institute named in the next paragraph",
			"Energy bills will rise by a fifth next winter, a government-backed think tank said on Tuesday.\n\nIn a 40-page report, the Halden Institute for Energy Policy said about 2 million households would fall behind.\n\nThe minister declined to comment.",
			"Energy bills will rise by a fifth next winter", "", "Halden Institute for Energy Policy"},
		{"a centre named two paragraphs on",
			"Rents in the north will outpace wages for a decade, an independent think tank warned on Monday.\n\nThe figures cover 40 towns.\n\nThe Northgate Centre for Housing said its model used council data.",
			"Rents in the north will outpace wages for a decade", "", "Northgate Centre for Housing"},
		{"a foundation named in the next paragraph",
			"Child poverty will rise again this year, a left-leaning think tank said.\n\nThe Ashby Foundation said 300,000 more children would be affected.",
			"Child poverty will rise again this year", "", "Ashby Foundation"},
		{"near miss: the body named is a company",
			"Energy bills will rise by a fifth next winter, a government-backed think tank said on Tuesday.\n\nNorthpower Energy Ltd said it would freeze its tariffs.",
			"Energy bills will rise by a fifth next winter", "Northpower Energy Ltd", ""},
		{"near miss: two institutes named",
			"Energy bills will rise by a fifth next winter, a government-backed think tank said on Tuesday.\n\nThe Halden Institute and the Marsh Institute both published reports this week.\n\nThe Marsh Institute said bills would fall.",
			"Energy bills will rise by a fifth next winter", "Halden Institute", ""},
		{"near miss: a plain noun head tells no compound kind",
			"Energy bills will rise by a fifth next winter, a government-backed study said on Tuesday.\n\nThe Halden Institute for Energy Policy said households would fall behind.",
			"Energy bills will rise by a fifth next winter", "Halden Institute for Energy Policy", ""},
	})
}
