package suggest

import "testing"

// TestBodyRoleLede: "A spokesperson for <body> said" near the lede speaks
// for the body, never for the person quoted just before; a lede's "a
// pupil" or "a teacher at the school" with no one speaking for a body keeps
// its usual reading.
func TestBodyRoleLede(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"a council's spokesperson after a pupil",
			"Pupils at Hollybank School planted 200 trees on Friday.\n\nMaisie Thorne, a pupil, said it was muddy but fun. A spokesperson for Dunmere Town Council said the trees would be watered through the summer.",
			"the trees would be watered through the summer", "Maisie Thorne", "spokesperson for Dunmere Town Council"},
		{"an official at a ministry after a farmer",
			"Farmers in Lowmarsh lost their crops to the flood.\n\nPiet Vandersloot, a farmer, said he had lost everything. An official at the farming ministry said compensation would be paid.",
			"compensation would be paid", "Piet Vandersloot", ""},
		{"near miss: the pupil speaking again stays the pupil",
			"Pupils at Hollybank School planted 200 trees on Friday.\n\nMaisie Thorne, a pupil, said it was muddy but fun. The pupil said she would come back in the summer.",
			"she would come back in the summer", "", "Maisie Thorne"},
	})
}
