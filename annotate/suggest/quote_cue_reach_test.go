package suggest

import "testing"

// TestQuoteCueReach: a name with a long role aside between a quotation and
// its cue ("“…,” Ruth Baird, the flight director for the Tellian Space
// Agency, told reporters") keeps the quotation for the name; a cue of
// another clause or a phrase that is no role before a name gives nothing.
func TestQuoteCueReach(t *testing.T) {
	tests := []suggestCase{
		{"told reporters after a seven-word aside",
			"“We had a bad day,” Ruth Baird, the flight director for the Tellian Space Agency, told reporters.",
			[]suggestion{{"“We had a bad day,”", "Ruth Baird", "Ruth Baird", "told", "D2", "direct"}}},
		{"said after a seven-word aside",
			"“We had a bad day,” Ruth Baird, the flight director at the Tellian Space Agency, said.",
			[]suggestion{{"“We had a bad day,”", "Ruth Baird", "Ruth Baird", "said", "D2", "direct"}}},
		{"told the BBC after a seven-word aside",
			"“We had a bad day,” Tom Reid, the chief engineer for the Corvane Dynamics group, told the BBC.",
			[]suggestion{{"“We had a bad day,”", "Tom Reid", "Tom Reid", "told", "D2", "direct"}}},
		{"near-miss: a long phrase with no comma before the cue is no apposition",
			"“We won,” the team's long-serving assistant coach and former captain for the Northbay Rovers club said.",
			nil},
		{"near-miss: a title in quotation marks is not taken by a far cue",
			"The film “Night Shift” won the prize for the best first feature at the festival on Friday, its director said.",
			[]suggestion{{"The film “Night Shift” won the prize for the best first feature at the festival on Friday", "its director", "director", "said", "I2", "indirect"}}},
		{"near-miss: a cue of a later clause",
			"“It is over.” After a long night in which the band had played for three hours, the singer told fans he would retire.",
			[]suggestion{{"he would retire", "the singer", "singer", "told", "I1", "indirect"}}},
	}
	checkSuggestCases(t, tests)
}
