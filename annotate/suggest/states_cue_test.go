package suggest

import (
	"strings"
	"testing"
)

// TestStatesCue: "states:" before a quotation, after a singular subject,
// is a document speaking; "states" as a plural noun is no cue. Invented
// sentences.
func TestStatesCue(t *testing.T) {
	tests := []struct {
		text, quote string
	}{
		{"The recommendation states: ‘Ferry operators should log every muted alarm.’", "‘Ferry operators should log every muted alarm.’"},
		{"The guidance states: “Lookouts must not leave the bridge at night.”", "“Lookouts must not leave the bridge at night.”"},
		{"The ruling states: ‘The lease was void from the start.’", "‘The lease was void from the start.’"},
		{"The tribunal’s judgment states: ‘The dismissal was unfair.’", "‘The dismissal was unfair.’"},
		// near misses: "states" a noun, no quotation, or capitalised
		{"The member states: ‘Ireland, Malta and Cyprus’ voted against.", ""},
		{"Delegates from three states: ‘Ohio, Utah and Iowa’ came.", ""},
		{"The recommendation states that alarms cannot be muted.", ""},
		{"He toured the United States: ‘Best trip ever.’", ""},
		{"The recommendation states: alarms cannot be muted.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			found := false
			for _, g := range got {
				if strings.Contains(g.statement, "‘") || strings.Contains(g.statement, "“") {
					found = found || g.statement == tt.quote
				}
			}
			if tt.quote != "" && !found {
				t.Errorf("missed %q; got %+v", tt.quote, got)
			}
			if tt.quote == "" {
				for _, g := range got {
					if g.cue == "states" {
						t.Errorf("\"states\" read as a cue: %+v", g)
					}
				}
			}
		})
	}
}
