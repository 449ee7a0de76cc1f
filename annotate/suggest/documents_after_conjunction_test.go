package suggest

import (
	"fmt"
	"testing"
)

// TestDocumentsAfterConjunction: documents that speak after a
// sentence-opening "But", "And" or "Yet" are the speaker, not the agent
// after "by"; documents with a determiner and no source, a person after
// the conjunction, and a thing that is no document state nothing.
func TestDocumentsAfterConjunction(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"but, documents with who saw them",
			"But internal papers seen by the Courier show that the fund lent £2m to a director.",
			[]suggestion{{"the fund lent £2m to a director", "internal papers seen by the Courier", "internal papers seen by the Courier", "show", "I1", "indirect"}}},
		{"and, bare plural documents",
			"And bank records show that the loan was never repaid.",
			[]suggestion{{"the loan was never repaid", "bank records", "bank records", "show", "I1", "indirect"}}},
		{"yet, emails obtained by the paper",
			"Yet emails obtained by the Herald showed that the minister knew in March.",
			[]suggestion{{"the minister knew in March", "emails obtained by the Herald", "emails obtained by the Herald", "showed", "I1", "indirect"}}},
		{"near-miss: documents with a determiner read by the reporter",
			"But the papers show that the fund lent £2m to a director.",
			nil},
		{"near-miss: a map seen by the paper",
			"Yet a map seen by the Ledger shows that the route runs past two schools.",
			nil},
		{"near-miss: no clause after show",
			"But bank records show a rise in loans since April.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}
