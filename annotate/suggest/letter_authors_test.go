package suggest

import "testing"

// TestLetterAuthors: a person's letter quoted in the first person speaks
// for its writer; a letter that never says "I", or one no person is said
// to have written, keeps its own voice.
func TestLetterAuthors(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"the letter said, after a person wrote in a letter",
			"Her uncle, Rhys Danby, 88, wrote in a letter read by his grandson, Tom Danby, that the mill had been his life.\n\n‘We worked there six days a week,’ the letter said. ‘I never once wanted another job.’",
			"‘We worked there six days a week,’", "letter", "Rhys Danby"},
		{"it said, after a chief's annual letter",
			"In his annual letter to investors, Piet Alvar, who has run the family firm since 2019, said costs had doubled.\n\nProfit fell by half, the letter said. On the mills, it said:\n\nI will sell two of them before the summer, and I will not pretend that is easy.",
			"I will sell two of them before the summer, and I will not pretend that is easy.", "letter", "Piet Alvar"},
		{"a figure the letter said, in a letter that says I later",
			"In her letter to members, Ines Varga, the club's chair, said fees would rise.\n\nMembership fell by a fifth last year, the letter said. It added: ‘I take the blame for that.’",
			"Membership fell by a fifth last year", "letter", "Ines Varga"},
		{"near miss: a council's letter says we, never I",
			"Councillor Ann Lowe said in a letter to residents that the road would close.\n\n‘We regret the disruption,’ the letter said. ‘We will reopen it by May.’",
			"‘We regret the disruption,’", "Ann Lowe", ""},
		{"near miss: no person wrote the letter",
			"The letter arrived on Monday.\n\n‘I have been watching you,’ the letter said.",
			"‘I have been watching you,’", "", "letter"},
		{"near miss: a person spoke, no letter named",
			"Ruth Kane said the pier would close.\n\n‘I wish it were otherwise,’ the letter said.",
			"‘I wish it were otherwise,’", "Ruth Kane", ""},
	})
}
