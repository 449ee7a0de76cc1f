package suggest

import "testing"

// TestInnerPutIt: "As X put it [to us] [when]," before a quotation inside
// another makes the inner quotation X's statement; a "put it" with no
// "As", or other words after it, makes none.
func TestInnerPutIt(t *testing.T) {
	tests := []quoteCase{
		{"put it to us with a time",
			"“Sales are up. As one customer put it to us in May, ‘If you can make it, we will buy it.’ We are hiring,” said Jo Hart.",
			"‘If you can make it, we will buy it.’", true},
		{"put it alone",
			"“As my father put it, ‘You only get one go at this life.’ I believe that,” she said.",
			"‘You only get one go at this life.’", true},
		{"put it to me",
			"“As a neighbour put it to me, ‘Nobody ever comes down this lane.’ It is true,” he said.",
			"‘Nobody ever comes down this lane.’", true},
		{"near-miss: put it without as",
			"“My father put it away, ‘You only get one go at this life.’ I believe that,” she said.",
			"‘You only get one go at this life.’", false},
		{"near-miss: put it before a clause of its own",
			"“As my father put it, and I agreed with him, ‘You only get one go at this life.’ I believe that,” she said.",
			"‘You only get one go at this life.’", false},
		{"near-miss: put it in a title",
			"“As we put it in ‘The Long Road’, the road is long. We mean it,” she said.",
			"‘The Long Road’", false},
	}
	checkQuoteCases(t, tests)
}
