package suggest

import "testing"

// A which-clause in the past perfect after unquoted words stays in the
// content as the backshift of what was said; a which-clause after a
// quotation or in another tense is still cut. Invented text.

func TestBackshiftedWhich(t *testing.T) {
	tests := []struct{ name, text, statement string }{
		{"had not been", "Ann Roe said the leak began at a pump in the east yard, which had not been checked since the spring.\n",
			"the leak began at a pump in the east yard, which had not been checked since the spring"},
		{"had been", "Tom Hale told reporters that the fire started in a kitchen, which had been closed for repairs.\n",
			"the fire started in a kitchen, which had been closed for repairs"},
		{"had never", "Dace Capital said the loss came from a trading desk, which had never reported to the board.\n",
			"the loss came from a trading desk, which had never reported to the board"},
		{"object relative", "Ann Roe said the plan would mean closing the quay road at night, which the harbour board had refused.\n",
			"the plan would mean closing the quay road at night, which the harbour board had refused"},
		{"pronoun subject", "Tom Hale said the cut would fall on the youth theatre, which they had built from nothing.\n",
			"the cut would fall on the youth theatre, which they had built from nothing"},
		// near-misses: the writer's aside
		{"object relative, simple past", "Ann Roe said the plan would mean closing the quay road at night, which the harbour board refused.\n",
			"the plan would mean closing the quay road at night"},
		{"object relative with has", "Tom Hale said the cut would fall on the youth theatre, which the council has since denied.\n",
			"the cut would fall on the youth theatre"},
		{"after quotation", "Ann Roe said the plan was “a disgrace”, which had drawn laughter from the gallery.\n",
			"the plan was “a disgrace”"},
		{"simple past", "Tom Hale said the leak began at a pump, which surprised nobody in the room.\n",
			"the leak began at a pump"},
		{"present perfect", "Ann Roe said the fire started in a kitchen, which has been closed for repairs.\n",
			"the fire started in a kitchen"},
		{"had and noun", "Tom Hale said the team lost its nerve at the end, which had the crowd on its feet.\n",
			"the team lost its nerve at the end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			suggestionOf(t, tt.text, tt.statement)
		})
	}
}
