package suggest

import "testing"

// TestCompanyOverPassing: "The company said" after a firm named once as a
// speaker's affiliation is the company the article is about; a firm so named
// that is the only company, or that the text names again, keeps it.
func TestCompanyOverPassing(t *testing.T) {
	tests := []speakerCase{
		{"affiliation named once, the article's company named before",
			"Investors in Brambleton Mills questioned the board on Tuesday.\n\n" +
				"Brambleton Mills makes flour for bakeries across the region.\n\n" +
				"Owen Pritt, of the pension adviser Kestrow Capital, said the vote against the pay plan was large.\n\n" +
				"The company said every resolution had been approved.",
			[]speakerWant{
				{"the vote against the pay plan was large", "Owen Pritt"},
				{"every resolution had been approved", "Brambleton Mills"},
			}},
		{"near-miss: the affiliation is the only company",
			"Investors questioned the board of a flour mill on Tuesday.\n\n" +
				"Owen Pritt, of the pension adviser Kestrow Capital, said the vote against the pay plan was large.\n\n" +
				"The company said it would publish its advice on Friday.",
			[]speakerWant{
				{"it would publish its advice on Friday", "Kestrow Capital"},
			}},
		{"near-miss: the affiliation named again",
			"Investors in Brambleton Mills questioned the board on Tuesday.\n\n" +
				"Owen Pritt, of the pension adviser Kestrow Capital, said the vote against the pay plan was large.\n\n" +
				"Kestrow Capital advises forty pension funds. The company said it would publish its advice on Friday.",
			[]speakerWant{
				{"it would publish its advice on Friday", "Kestrow Capital"},
			}},
		{"near-miss: a nearer firm named as a subject, not an affiliation",
			"Investors in Brambleton Mills questioned the board on Tuesday.\n\n" +
				"Kestrow Capital, a pension adviser, urged funds to vote against the pay plan.\n\n" +
				"The company said it would publish its advice on Friday.",
			[]speakerWant{
				{"it would publish its advice on Friday", "Kestrow Capital"},
			}},
	}
	checkSpeakerCases(t, "company over passing", tests)
}
