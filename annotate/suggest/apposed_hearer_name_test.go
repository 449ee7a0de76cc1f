package suggest

import "testing"

// TestApposedHearerName: a hearer named by a common noun and then its name
// ("told the broadcaster Radio Tessin:") is read whole, so the quotation
// after the colon keeps its frame; a name that opens the content ("told
// the jury Smith had lied") stays in it.
func TestApposedHearerName(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a broadcaster and its name, after a fronted place",
			"In Lugano, the minister Carla Bossi told the broadcaster Radio Tessin: «Questa strada è la nostra vita.»",
			[]string{"«Questa strada è la nostra vita.»"}, nil},
		{"a newspaper and its name, after a fronted time",
			"On Monday, the mayor Paul Girard told the regional paper Le Nouvelliste: “We will rebuild the bridge before winter.”",
			[]string{"“We will rebuild the bridge before winter.”"}, nil},
		{"a committee and its name",
			"Last week, the chief executive Ann Lowe told the committee Public Accounts: “We have no record of the payment.”",
			[]string{"“We have no record of the payment.”"}, nil},
		{"a name opening the content",
			"In Leeds, the prosecutor told the jury Smith had lied about the money.",
			[]string{"Smith had lied about the money"}, nil},
		{"a name opening the content after a plain role",
			"On Monday, the coach told the players Jones would start in goal.",
			[]string{"Jones would start in goal"}, nil},
		{"a name and a comma with no quotation",
			"On Monday, the coach told the club Rovers, his old side, would be beaten.",
			nil, []string{"his old side, would be beaten"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkStatements(t, tt.text, tt.want, tt.not)
		})
	}
}
