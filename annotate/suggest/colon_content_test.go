package suggest

import (
	"fmt"
	"testing"
)

// TestContentBeforeColon: "S told me X was Y: “…”" is one reported
// statement from the content clause through the quotation; a cue with only
// an addressee or a time before the colon, and a subject that hands over
// to a quotation with no cue, still give the quotation alone. A message
// the clause says its subject sent ("had texted her: “…”") is nested.
func TestContentBeforeColon(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"told me a clause, then a quotation",
			"The lab tested 300 pumps. Dr Ana Vole told me the usual fault was obvious: “The filters are blocked with sand.”",
			[]suggestion{{"the usual fault was obvious: “The filters are blocked with sand.”", "Dr Ana Vole", "Ana Vole", "told", "I1", "mixed"}}},
		{"an apposition between subject and cue",
			"The lab tested 300 pumps. Its head, Dr Ana Vole, said the answer was simple: “Clean the filters every month.”",
			[]suggestion{{"the answer was simple: “Clean the filters every month.”", "Dr Ana Vole", "Ana Vole", "said", "I1", "mixed"}}},
		{"a message sent in the clause is nested",
			"Ann Webb spoke at the door. She said her son had texted her an hour before: “Missed the bus, walking back.”",
			[]suggestion{
				{"her son had texted her an hour before: “Missed the bus, walking back.”", "She", "Ann Webb", "said", "I1", "mixed"},
				{"“Missed the bus, walking back.”", "her son", "son", "had texted", "D3", "direct"},
			}},
		{"a cue and its time only",
			"The lab tested 300 pumps. Dr Ana Vole said on Monday: “Clean the filters every month.”",
			[]suggestion{{"“Clean the filters every month.”", "Dr Ana Vole", "Ana Vole", "said", "D3", "direct"}}},
		{"no cue before the colon",
			"The lab tested 300 pumps. Dr Ana Vole put it bluntly: “Clean the filters every month.”",
			[]suggestion{{"“Clean the filters every month.”", "Dr Ana Vole", "Ana Vole", "", "D3", "direct"}}},
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
