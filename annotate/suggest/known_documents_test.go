package suggest

import (
	"fmt"
	"testing"
)

// TestKnownDocuments: documents that already spoke in an article go on
// speaking when named again with "the" or taken up by "They", with "show"
// or "record"; documents read by the reporter with no document speaking
// before, a person who records, and documents shown in another way state
// nothing.
func TestKnownDocuments(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"the documents named again after they spoke",
			"Emails seen by the Courier show that the depot was sold in May. The emails show that the buyer was a director.",
			[]suggestion{
				{"the depot was sold in May", "Emails seen by the Courier", "Emails seen by the Courier", "show", "I1", "indirect"},
				{"the buyer was a director", "The emails", "Emails seen by the Courier", "show", "I1", "indirect"},
			}},
		{"the documents record, with a clause between commas",
			"Hospital logs show that the scanner failed nine times. The logs, which cover two years, record that no repair was ordered.",
			[]suggestion{
				{"the scanner failed nine times", "Hospital logs", "Hospital logs", "show", "I1", "indirect"},
				{"no repair was ordered", "The logs", "Hospital logs", "record", "I1", "indirect"},
			}},
		{"they take the documents up after a conjunction",
			"Council minutes show that the pool was closed twice. But they also record that the board was never told.",
			[]suggestion{
				{"the pool was closed twice", "Council minutes", "Council minutes", "show", "I1", "indirect"},
				{"the board was never told", "they", "Council minutes", "record", "I1", "indirect"},
			}},
		{"near-miss: no documents spoke before",
			"The papers show that 300 patients waited more than a year.",
			nil},
		{"near-miss: other documents spoke before",
			"Hospital logs show that the scanner failed nine times. The invoices show that the firm was paid twice.",
			[]suggestion{{"the scanner failed nine times", "Hospital logs", "Hospital logs", "show", "I1", "indirect"}}},
		{"near-miss: a person records",
			"The coroner records that the man died of natural causes.",
			nil},
		{"near-miss: they in a new paragraph",
			"Bank records show that the fund lent £2m.\n\nThey record that nobody objected.",
			[]suggestion{{"the fund lent £2m", "Bank records", "Bank records", "show", "I1", "indirect"}}},
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
