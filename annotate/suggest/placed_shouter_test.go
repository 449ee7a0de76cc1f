package suggest

import "testing"

// TestPlacedShouter: an exclamation shouted by an unnamed delegate,
// protester or fan placed in the room is a statement, however short; a
// shouter that is no person, one that is the object of another verb, and
// a quotation with no exclamation are not read as heckles.
func TestPlacedShouter(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a delegate at the back",
			"As the minister stood up, a delegate near the back of the hall shouted ‘Shame!’ and the room fell silent.",
			[]string{"‘Shame!’"}, nil},
		{"one protester outside",
			"One protester outside the gates yelled “Resign!” as the car drove off.",
			[]string{"“Resign!”"}, nil},
		{"a fan behind the dugout",
			"Midway through the second half, a fan behind the home dugout yelled “Wake up!” and the manager turned round.",
			[]string{"“Wake up!”"}, nil},
		{"a banner is no shouter",
			"A banner near the back of the hall shouted “Out!” in red letters.",
			nil, []string{"“Out!”"}},
		{"the object of another verb",
			"The chair told a delegate near the back of the hall shouted “Out!” twice.",
			nil, []string{"“Out!”"}},
		{"no exclamation",
			"A delegate near the back of the hall shouted “Out” twice.",
			nil, []string{"“Out”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, tt.want, tt.not)
		})
	}
}
