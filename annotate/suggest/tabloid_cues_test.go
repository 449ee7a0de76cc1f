package suggest

import "testing"

// TestTabloidCues: "blasted:" and "fumed:" before a quotation report it;
// "blasted the referee" and "fumed at the delay" report nothing.
func TestTabloidCues(t *testing.T) {
	tests := []suggestCase{
		{"blasted before a quotation",
			"The row grew. Nessa Drury blasted: “Nobody asked me about the new script at all.”",
			[]suggestion{{"“Nobody asked me about the new script at all.”", "Nessa Drury", "Nessa Drury", "blasted", "D3", "direct"}}},
		{"near miss: blasted an object",
			"The row grew. Nessa Drury blasted the referee after the final whistle.",
			nil},
		{"near miss: fumed at something",
			"The row grew. Nessa Drury fumed at the delay for an hour.",
			nil},
	}
	checkSuggestCases(t, tests)
}
