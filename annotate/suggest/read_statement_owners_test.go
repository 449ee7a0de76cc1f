package suggest

import "testing"

// TestReadStatements: a statement read out on behalf of a person speaks
// for that person, not for itself nor for the one who read it; a statement
// read for no named person, or one a speaker issued, keeps its speaker.
func TestReadStatements(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"a solicitor reads a widow's statement",
			"Outside the court, the family's lawyer, Owen Pryce, read a statement on behalf of Mr Hale's widow, Glenys Hale.\n\n“I lost the best man I ever knew,” the statement said.",
			"“I lost the best man I ever knew,”", "statement", "Glenys Hale"},
		{"a spokesman reads a footballer's statement",
			"A club spokesman read a prepared statement on behalf of Dario Menzel after the hearing.\n\n“I regret what I did and I will accept any ban,” the statement said.",
			"“I regret what I did and I will accept any ban,”", "statement", "Dario Menzel"},
		{"a statement issued on behalf of a mother, a figure in it",
			"Police issued a statement on Friday on behalf of the boy's mother, Carla Wynne.\n\nHe had been missing for three days, the statement said.",
			"He had been missing for three days", "statement", "Carla Wynne"},
		{"near miss: read on behalf of a family, no person named",
			"The solicitor, Owen Pryce, read a statement on behalf of the family.\n\n“We are heartbroken,” the statement said.",
			"“We are heartbroken,”", "Owen Pryce", "statement"},
		{"near miss: a person named, but not as whom it was read for",
			"Owen Pryce spoke to reporters about Glenys Hale after reading a statement.\n\n“We will appeal,” the statement said.",
			"“We will appeal,”", "Glenys Hale", "statement"},
		{"near miss: a later statement sentence names no one it was for",
			"Owen Pryce read a statement on behalf of Glenys Hale on Monday. The trust later released a statement of its own.\n\n“Lessons have been learnt,” the statement said.",
			"“Lessons have been learnt,”", "Glenys Hale", ""},
	})
}
