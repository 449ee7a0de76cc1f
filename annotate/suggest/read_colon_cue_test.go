package suggest

import "testing"

// TestReadColonCue: a written thing (a sign, a notice's text, a report)
// that "read:" before a quotation says it; "read" after a person, with no
// colon, or before no quotation stays no cue.
func TestReadColonCue(t *testing.T) {
	tests := []quoteCase{
		{"notice text beneath it read colon",
			"The council put up a notice at the pool. The Welsh text beneath it read: \"Bydd y pwll yn ailagor ym mis Mawrth\" (The pool will reopen in March).",
			"\"Bydd y pwll yn ailagor ym mis Mawrth\"", true},
		{"text on it read colon",
			"The trust put up a sign at the gate. The Welsh text on it read: “Cyfyngiad ar y llwybr” (Path restricted).",
			"“Cyfyngiad ar y llwybr”", true},
		{"report reads colon",
			"The inspectors visited the school twice. Their report reads: \"Leaders have not acted quickly enough\" (the second such finding).",
			"\"Leaders have not acted quickly enough\"", true},
		{"near-miss: a clock is no written thing",
			"The race ran late on Sunday. The clock on the tower read: \"10:42\".",
			"\"10:42\"", false},
		{"near-miss: read without colon",
			"The pool was shut on Monday. The sign read \"Closed for repairs\" in red letters.",
			"\"Closed for repairs\"", false},
		{"near-miss: read the text, no colon before the quotation",
			"The pupils were given the poem on Friday. The teacher read the text aloud, \"Ode to Autumn\", twice.",
			"\"Ode to Autumn\"", false},
	}
	checkQuoteCases(t, tests)
}
