package suggest

import "testing"

// TestPatrolForces: a force named "… Patrol" is a body with its full name;
// a person, or a body named otherwise, is untouched.
func TestPatrolForces(t *testing.T) {
	checkCanonicalCases(t, []canonicalCase{
		{"a state highway patrol",
			"Roads are shut. The State Highway Patrol said it expected the closure to last.",
			"it expected the closure to last", "Highway Patrol", "State Highway Patrol"},
		{"a state fire patrol",
			"Roads are shut. The State Fire Patrol said crews were on the ridge.",
			"crews were on the ridge", "Fire Patrol", "State Fire Patrol"},
		{"a state ski patrol, later the patrol",
			"The slope is closed. The State Ski Patrol said the snow was unstable.\n\nThe patrol said it would reopen the run on Monday.",
			"it would reopen the run on Monday", "Ski Patrol", "State Ski Patrol"},
		{"near miss: a state senator keeps his name",
			"Roads are shut. State Senator Paul Dray said the closure was too long.",
			"the closure was too long", "", "Paul Dray"},
		{"near miss: a state board keeps its name",
			"Roads are shut. The State Water Board said it expected the closure to last.",
			"it expected the closure to last", "", "State Water Board"},
		{"near miss: a county highway department",
			"Roads are shut. The County Highway Department said it expected the closure to last.",
			"it expected the closure to last", "", "County Highway Department"},
	})
}
