package suggest

import (
	"fmt"
	"strings"
	"testing"
)

// TestAgencyRelays: a "…, the agency reported" over a sentence that is
// wholly someone's attribution is the channel, not a statement of the
// agency's, and the inner statement stays; a report with no attribution
// inside, one whose attribution fills only part of it, and an agency that
// "said" stay the agency's.
func TestAgencyRelays(t *testing.T) {
	tests := []struct {
		name, text string
		relay      bool // the agency's frame is dropped
		inner      string
	}{
		{"indirect speech relayed",
			"Transport Minister Omar Haddad told parliament that the new line would open in May, the state news agency reported.",
			true, "the new line would open in May"},
		{"a quotation relayed",
			"“We will not raise fares this year,” Haddad said, the agency reported.",
			true, "“We will not raise fares this year,”"},
		{"a named agency relays",
			"The governor told reporters the curfew would end on Friday, the Orland Press Agency reported.",
			true, "the curfew would end on Friday"},
		// near-misses
		{"no attribution inside",
			"The new line will open in May, the state news agency reported.",
			false, ""},
		{"the attribution fills only part",
			"Commuters were angry after the minister said fares would rise, the state news agency reported.",
			false, ""},
		{"the agency said",
			"The cabinet approved the budget at the same session, the agency said.",
			false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			var lines []string
			agency, inner := false, tt.inner == ""
			for _, s := range got {
				line := fmt.Sprint(s)
				lines = append(lines, line)
				if strings.Contains(line, "gency\" (") { // spoken by "… agency"
					agency = true
				}
				if tt.inner != "" && strings.Contains(line, fmt.Sprintf("%q", tt.inner)) {
					inner = true
				}
			}
			if agency == tt.relay || !inner {
				t.Errorf("got\n%s\nwant the agency's frame dropped %v, inner statement %q kept", strings.Join(lines, "\n"), tt.relay, tt.inner)
			}
		})
	}
}
