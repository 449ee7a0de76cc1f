package suggest

import "testing"

// TestReadExtracts: the dialogue of a novel's extract, read aloud after a
// paragraph that introduces the reading with a colon, is fiction and no
// statement; a statement, a letter or a speech read out, an interview about
// a book, and the talk resumed after the reading keep their statements.
func TestReadExtracts(t *testing.T) {
	tests := []quoteCase{
		{"a chapter read aloud",
			"Mara Quist spoke to a full tent on Sunday.\n\nShe then read from the opening chapter, in which a fisherman loses his boat:\n\n“Nobody goes out in this,” Fergal said. “Not even the gulls.”\n\nAfter the reading, Quist said the scene was written in one night.",
			"“Nobody goes out in this,”", false},
		{"the second paragraph of the extract",
			"Mara Quist spoke to a full tent on Sunday.\n\nShe then read from the opening chapter, in which a fisherman loses his boat:\n\n“Nobody goes out in this,” Fergal said.\n\n“I do,” said his sister. “I always have.”\n\nAfter the reading, Quist said the scene was written in one night.",
			"“I always have.”", false},
		{"an extract introduced by the reporter",
			"Dan Orrell has written his first novel at 74.\n\nIn this extract from the book, a widower meets his new neighbour:\n\n“You’ll be the one with the hens,” the woman said.\n\nOrrell said he had kept hens himself for thirty years.",
			"“You’ll be the one with the hens,”", false},
		{"near-miss: the talk resumes after the reading",
			"Mara Quist spoke to a full tent on Sunday.\n\nShe then read from the opening chapter, in which a fisherman loses his boat:\n\n“Nobody goes out in this,” Fergal said.\n\n“It took me a week to write that,” Quist said.",
			"“It took me a week to write that,”", true},
		{"near-miss: a letter read out",
			"Anna Reyes spoke outside the court on Monday.\n\nHer brother read from a letter she had written to the judge:\n\n“I have lost everything but my name,” she wrote.",
			"“I have lost everything but my name,”", true},
		{"near-miss: a book discussed, not read",
			"Mara Quist spoke to a full tent on Sunday.\n\nAsked about the book’s ending, she was blunt:\n\n“I changed it the night before it went to print,” she said.",
			"“I changed it the night before it went to print,”", true},
		{"near-miss: a statement read out",
			"The club confirmed the sale on Friday.\n\nIts chairman read a statement to reporters:\n\n“We wish him well,” he said.",
			"“We wish him well,”", true},
	}
	checkQuoteCases(t, tests)
}
