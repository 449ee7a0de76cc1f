package suggest

import "testing"

// TestRoleOfBodyAfterName: a speaker that is a bare role of a named body
// ("leader of Brackley Borough Council"), in apposition right after a
// person's name and before a relative clause, is that person, not the
// body; near misses (no name right before the comma, a role with no comma
// after a name) are left as they were, and a body before the comma is not
// made a person.
func TestRoleOfBodyAfterName(t *testing.T) {
	lead := "The ferry link will cost £40 million.\n\n"
	tests := []canonicalCase{
		{"a councillor leading a council",
			lead + "Councillor Ann Roe, leader of Brackley Borough Council, which pays half, said she was \"tired of excuses\".",
			"she was \"tired of excuses\"", "Brackley Borough Council", "Ann Roe"},
		{"a chairman of a firm",
			lead + "Tom Hart, chairman of Tarn Ferries, which runs the crossing, said the boats were \"older than the pier\".",
			"the boats were \"older than the pier\"", "Tarn Ferries", "Tom Hart"},
		{"a head of a firm",
			lead + "Ines Kalb, head of Tarn Ferries, which runs the crossing, said the boats were \"older than the pier\".",
			"the boats were \"older than the pier\"", "Tarn Ferries", "Ines Kalb"},
		{"near miss: the name is joined by \"and\", not apposed",
			lead + "The deal was signed by Tom Hart and the chairman of Tarn Ferries, which runs the crossing, said the boats were \"older than the pier\".",
			"the boats were \"older than the pier\"", "Tom Hart", ""},
		{"near miss: a body before the comma is no person, and speaks itself (as roleRelativeName reads it)",
			lead + "Brackley Borough Council, owner of Tarn Ferries, which runs the crossing, said the boats were \"older than the pier\".",
			"the boats were \"older than the pier\"", "Tarn Ferries", "Brackley Borough Council"},
		{"near miss: the name is in another sentence",
			"The ferry link was backed by Tom Hart.\n\nMeanwhile, chairman of Tarn Ferries Ines Kalb, said the boats were \"older than the pier\".",
			"the boats were \"older than the pier\"", "Tom Hart", ""},
	}
	checkCanonicalCases(t, tests)
}
