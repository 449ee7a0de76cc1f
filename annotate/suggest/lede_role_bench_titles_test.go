package suggest

import "testing"

// TestLedeRoleBenchTitles: a lede's bare "a magistrate" is the person the
// story later names as the chair of the bench or presiding magistrate;
// not a person named under another title, nor when the lede's role is
// modified, nor when two people are so titled.
func TestLedeRoleBenchTitles(t *testing.T) {
	filler := "\n\nThe court heard the break-in happened at night.\n\nProsecuting, Ellen Marsh said the evidence was strong.\n\nThe defence said its client denied the charge.\n\nHis mother sat in the public gallery throughout.\n\n"
	checkCanonicalCases(t, []canonicalCase{
		{"the chair of the bench, with a comma",
			"A burglar has been refused bail after a magistrate said the evidence against him was overwhelming.\n\nKeith Ralston, 41, of Mill Road, appeared in court on Monday." + filler + "Refusing bail, the chair of the bench, Hilary Stone, told him to stand.",
			"the evidence against him was overwhelming", "Keith Ralston", "Hilary Stone"},
		{"presiding magistrate before the name",
			"A driver has been banned after a magistrate said his excuses were feeble.\n\nOwen Pryce, 29, of Hill Street, admitted the offence." + filler + "Presiding magistrate Joan Kettle told him he was lucky.",
			"his excuses were feeble", "Owen Pryce", "Joan Kettle"},
		{"the chairwoman of the bench, later in the ruling",
			"A landlord has been fined after a magistrate said the flat was a death trap.\n\nSimon Vale, 52, of Dock Lane, admitted six offences." + filler + "Fining him, the chairwoman of the bench, Martha Oakes, said the fine reflected his means.",
			"the flat was a death trap", "Simon Vale", "Martha Oakes"},
		{"near miss: the later person chairs something else",
			"A burglar has been refused bail after a magistrate said the evidence was overwhelming.\n\nKeith Ralston, 41, appeared in court on Monday." + filler + "The chair of the residents' association, Hilary Stone, welcomed the decision.",
			"the evidence was overwhelming", "Hilary Stone", ""},
		{"near miss: a modified lede role",
			"A burglar has been refused bail after a senior magistrate said the evidence was overwhelming.\n\nKeith Ralston, 41, appeared in court on Monday." + filler + "The chair of the bench, Hilary Stone, told him to stand.",
			"the evidence was overwhelming", "Hilary Stone", ""},
		{"near miss: two people titled as the chair",
			"A burglar has been refused bail after a magistrate said the evidence was overwhelming.\n\nKeith Ralston, 41, appeared in court on Monday." + filler + "The chair of the bench, Hilary Stone, heard the first day. On the second, the chair of the bench, Paul Dunn, gave the ruling.",
			"the evidence was overwhelming", "Paul Dunn", ""},
	})
}
