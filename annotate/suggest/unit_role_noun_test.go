package suggest

import "testing"

// TestUnitRoleNoun: a person "of" a body's unit speaks with the unit in
// the speaker phrase; "unit" as a measure or a thing that is talked about
// makes no speaker.
func TestUnitRoleNoun(t *testing.T) {
	tests := []quoteCase{
		{"a possessed unit",
			"Detective Sergeant Alan Brook of Hillshire Police’s serious collision unit said phone data had been “the key to this case”.",
			"phone data had been “the key to this case”", true},
		{"a possessed unit, plain content",
			"Ann Roe of Marsh Council’s unit said the plan had been lost.",
			"the plan had been lost", true},
		{"a named body's crash unit",
			"Ann Roe of Harbour Trust’s dive unit said the wreck had moved.",
			"the wreck had moved", true},
		{"near-miss: price per unit",
			"The price per unit said little about the cost of the scheme.",
			"little about the cost of the scheme", false},
		{"near-miss: the unit is the object",
			"Officers visited the unit and said nothing.",
			"nothing", false},
		{"near-miss: a unit of measure",
			"One unit of blood was lost in the crash.",
			"of blood was lost in the crash", false},
	}
	checkQuoteCases(t, tests)
}
