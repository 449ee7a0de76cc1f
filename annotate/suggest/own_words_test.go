package suggest

import (
	"fmt"
	"testing"
)

// TestNicknamesAndOwnDocuments: a name given in quotation marks after
// "called them the" is no statement, nor is the author's own published
// update quoted by "It read:"; a judgement in the marks and someone else's
// notice still are.
func TestNicknamesAndOwnDocuments(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a nickname after called them the",
			"Badgers were last seen on the moor in 1990, when the county paper called them the “shadows of the heath”. The trust warns that the colony is still fragile.",
			[]string{"the colony is still fragile"}},
		{"near miss: a judgement with its own article in the marks",
			"Ola Brandt said the regulator had called the fee “a tax on the patient”.",
			[]string{"the regulator had called the fee “a tax on the patient”", "“a tax on the patient”"}},
		{"near miss: described as the",
			"The minister described it as the “worst deal in a generation of talks”.",
			[]string{"“worst deal in a generation of talks”"}},
		{"the author's own update read out by it",
			"Our first update went out at noon. It read: “We are looking into slow page loads. Some users may see errors.” That was too late.",
			nil},
		{"the author's own notice as the subject",
			"Our notice to customers read: “The shop will close for two weeks from Monday.”",
			nil},
		{"near miss: another organisation's update",
			"Their first update went out at noon. It read: “We are looking into slow page loads. Some users may see errors.” That was too late.",
			[]string{"“We are looking into slow page loads. Some users may see errors.”"}},
		{"near miss: our reporter is no document",
			"Our reporter reached the depot at dawn. The manager was blunt: “We are looking into the delays. Some buses may not run.”",
			[]string{"“We are looking into the delays. Some buses may not run.”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statementTexts(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("statements of %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
