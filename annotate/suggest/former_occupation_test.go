package suggest

import "testing"

// TestFormerOccupation: a bare occupation ("the singer") stands for the
// person the text introduced as its former holder; near misses (an office
// such as mayor or manager, a rank other than "former", a description that
// is itself "former") keep the strict rank rule.
func TestFormerOccupation(t *testing.T) {
	tests := []canonicalCase{
		{"a former lead singer, then the singer",
			"Carys Holt, the former lead singer of the Tin Lanterns, has written a book about the band.\n\nThe band's agent, Oskar Wendt, read the proofs last spring.\n\nIn a radio interview on Monday, the singer said she had kept every diary from the tours.",
			"she had kept every diary from the tours", "Oskar Wendt", "Carys Holt"},
		{"a former goalkeeper, then the goalkeeper",
			"Dario Fenn, the former goalkeeper of Ashmoor Town, is opening a coaching school.\n\nHis old teammate, Lewis Brand, will help run it.\n\nThe goalkeeper said the school would take children from the age of eight.",
			"the school would take children from the age of eight", "Lewis Brand", "Dario Fenn"},
		{"a former drummer, then the drummer",
			"Ines Marlow, a former drummer with the Quiet Kites, has sued the label.\n\nThe label's lawyer, Peter Crane, called the claim groundless.\n\nThe drummer said she had never been paid for the second album.",
			"she had never been paid for the second album", "Peter Crane", "Ines Marlow"},
		{"near miss: a former mayor is not the mayor",
			"Gordon Pell, the former mayor of Ashby, backed the plan.\n\nThe council's leader, Anna Hale, opposed it.\n\nThe mayor said the council would vote on it in June.",
			"the council would vote on it in June", "Gordon Pell", ""},
		{"near miss: a former manager is not the manager",
			"Helen Rook, the former manager of the band, has written a book.\n\nThe band's agent, Oskar Wendt, read the proofs.\n\nThe manager said the tour would go ahead in May.",
			"the tour would go ahead in May", "Helen Rook", ""},
		{"near miss: an assistant singer is not the singer",
			"Tara Mills, the assistant singer of the choir, joined in 2019.\n\nThe choir's conductor, Oskar Wendt, chose the music.\n\nThe singer said the concert would be held in the cathedral.",
			"the concert would be held in the cathedral", "Tara Mills", ""},
	}
	checkCanonicalCases(t, tests)
}
