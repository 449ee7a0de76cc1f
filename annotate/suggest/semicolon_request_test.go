package suggest

import "testing"

// TestSemicolonRequest: a content ends at a semicolon that opens a request
// with "please"; a stated clause after a semicolon, and "please" inside a
// quotation, stay in the content.
func TestSemicolonRequest(t *testing.T) {
	tests := []suggestCase{
		{"a request after a semicolon",
			"The club secretary, Anna Roe, says more stewards are needed for the summer fete; please leave your name at the bar.",
			[]suggestion{{"more stewards are needed for the summer fete", "Anna Roe", "Anna Roe", "says", "I1", "indirect"}}},
		{"near-miss: a stated clause after a semicolon",
			"The club secretary, Anna Roe, says more stewards are needed for the summer fete; the raffle already has enough helpers.",
			[]suggestion{{"more stewards are needed for the summer fete; the raffle already has enough helpers", "Anna Roe", "Anna Roe", "says", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
