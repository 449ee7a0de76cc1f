package suggest

import "testing"

// TestOperationsCrews: the staff of a control room or a rescue, with a
// modifier before them, speak as a group ("Mission controllers said …");
// a thing that only shares the word does not, nor a said with no clause.
func TestOperationsCrews(t *testing.T) {
	tests := []suggestCase{
		{"mission controllers, two clauses",
			"Mission controllers said the fault was traced to a sensor, and that the engine appeared to be undamaged.",
			[]suggestion{
				{"the fault was traced to a sensor", "Mission controllers", "Mission controllers", "said", "I1", "indirect"},
				{"the engine appeared to be undamaged", "Mission controllers", "Mission controllers", "said", "I1c", "indirect"},
			}},
		{"air traffic controllers",
			"Air traffic controllers said the runway was closed for an hour.",
			[]suggestion{{"the runway was closed for an hour", "Air traffic controllers", "Air traffic controllers", "said", "I1", "indirect"}}},
		{"ambulance technicians",
			"Ambulance technicians said the first call came at 9pm.",
			[]suggestion{{"the first call came at 9pm", "Ambulance technicians", "Ambulance technicians", "said", "I1", "indirect"}}},
		{"near-miss: game controllers say nothing",
			"Game controllers said nothing.",
			nil},
		{"near-miss: controllers as an object",
			"The firm sells controllers that work with every console.",
			nil},
		{"near-miss: a crew member acts",
			"Paramedics treated the driver at the scene.",
			nil},
	}
	checkSuggestCases(t, tests)
}
