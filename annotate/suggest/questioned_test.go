package suggest

import (
	"fmt"
	"testing"
)

// TestQuestionedBefore: "he" or "she" answering in reported speech after
// "X asked Y whether …" or "heard from Y" is Y, the one questioned; a
// request ("asked Y to"), a pronoun of the other gender and a pronoun in a
// later paragraph keep the old reading.
func TestQuestionedBefore(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // canonical speaker of each statement
	}{
		{"asked whether",
			"Counsel for the families, Peter Lindqvist, asked Mr Osei whether the pumps had been serviced. He said they had been checked in May.",
			[]string{"Osei"}},
		{"asked who",
			"The chair, Sir Martin Hollis, asked Mr Osei who had approved the budget. He said the finance committee had done so.",
			[]string{"Osei"}},
		{"heard from",
			"Ms Helen Strand, for the company, said the depot met every rule.\n\nEarlier, the tribunal heard from Imani Delacroix-Baptiste, whose brother worked at the depot. She said the night shift had no supervisor.",
			[]string{"Helen Strand", "Imani Delacroix-Baptiste"}},
		{"near miss: heard from, in the paragraph before",
			"Earlier, the tribunal heard from Ms Imani Delacroix-Baptiste.\n\nMs Helen Strand, for the company, said the depot met every rule. She said the night shift had a supervisor.",
			[]string{"Helen Strand", "Helen Strand"}},
		{"near miss: a request, not a question",
			"Mr Peter Lindqvist asked Mr Osei to wait outside. He said the hearing would resume after lunch.",
			[]string{"Peter Lindqvist"}},
		{"near miss: the one asked is of the other gender",
			"Mr Peter Lindqvist asked Ms Okafor whether the pumps had been serviced. He said the records were incomplete.",
			[]string{"Peter Lindqvist"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			speakers := canonicalSpeakers(tt.text)
			if fmt.Sprint(speakers) != fmt.Sprint(tt.want) {
				t.Errorf("speakers in %q:\n got %q\nwant %q", tt.text, speakers, tt.want)
			}
		})
	}
}
