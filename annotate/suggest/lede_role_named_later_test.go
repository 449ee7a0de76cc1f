package suggest

import "testing"

// TestLedeRoleNamedLater: a lede's unnamed role-holder is the one person
// the story names with that role, however far on; not when two people
// hold it, nor when the later person's role lacks the lede's modifier.
func TestLedeRoleNamedLater(t *testing.T) {
	filler := "\n\nThe hearing lasted four days. Witnesses described the ward at night.\n\nA porter said he had seen nothing unusual.\n\nThe family sat in the public gallery throughout.\n\nThe trust has since bought new equipment.\n\n"
	checkCanonicalCases(t, []canonicalCase{
		{"an assistant coroner named six paragraphs on",
			"An assistant coroner has recorded a conclusion of misadventure, saying the fall could not have been foreseen.\n\nGareth Lyle, a retired miner from Crossway, died in March after falling at home." + filler + "Recording her conclusion, assistant coroner Ruth Penhale said she had no concerns.",
			"the fall could not have been foreseen", "Gareth Lyle", "Ruth Penhale"},
		{"a district judge named at the sentencing",
			"A district judge has jailed a driver for eight months, saying his speed was reckless.\n\nMarcus Dray, 34, of Hill Street, admitted the offence." + filler + "Passing sentence, district judge Alan Brereton told him he was lucky no one died.",
			"his speed was reckless", "Marcus Dray", "Alan Brereton"},
		{"a senior coroner who is a man",
			"A senior coroner has warned that more deaths will follow unless crossings are fenced.\n\nTomas Ferrier, 19, was hit by a train in May." + filler + "Senior coroner Idris Vaughan said he would write to the rail operator.",
			"more deaths will follow unless crossings are fenced", "Tomas Ferrier", "Idris Vaughan"},
		{"near miss: two coroners named later",
			"An assistant coroner has said the death was avoidable.\n\nGareth Lyle died in March." + filler + "Assistant coroner Ruth Penhale heard the evidence. Assistant coroner Neil Amos gave the ruling.",
			"the death was avoidable", "Ruth Penhale", ""},
		{"near miss: the later coroner is a senior, not an assistant, coroner",
			"An assistant coroner has said the death was avoidable.\n\nGareth Lyle died in March." + filler + "Senior coroner Neil Amos said the inquest would resume.",
			"the death was avoidable", "Neil Amos", ""},
		{"near miss: the later person holds another role",
			"A coroner has said the death was avoidable.\n\nGareth Lyle died in March." + filler + "Consultant Neil Amos said staff had done their best.",
			"the death was avoidable", "Neil Amos", ""},
	})
}
