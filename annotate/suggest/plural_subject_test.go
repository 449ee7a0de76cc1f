package suggest

import "testing"

// TestTheyAfterPluralSubject: a "they" that no mention stands for takes
// the plural description opening the sentence before ("The inspectors, from
// …, visited …. They found"); a description that is part of something
// else ("The owners of the boats") or no people ("The tides") is not taken.
func TestTheyAfterPluralSubject(t *testing.T) {
	tests := []canonicalCase{
		{"a plural role opening the sentence before",
			"The inspectors, from the Harbour Safety Office, visited 40 boats in May. They found that most of the boats lacked working flares.",
			"most of the boats lacked working flares", "", "inspectors"},
		{"a role the lexicon lacks, by its ending",
			"Ferry fares rose again this spring.\n\nThe campaigners, who met in Oban, wrote to every MSP. They said that the rise would empty the islands.",
			"the rise would empty the islands", "", "campaigners"},
		{"near miss: part of something else",
			"The owners of the boats were told in June. They said that the rules were unclear to everyone.",
			"the rules were unclear to everyone", "owners", ""},
		{"near miss: no people",
			"The tides rose higher than forecast on Sunday. They said that the wall would hold.",
			"the wall would hold", "tides", ""},
	}
	checkCanonicalCases(t, tests)
}
