package suggest

import (
	"strings"
	"testing"
)

// TestQuestionTermQuotes: in an unlabelled interview, a question that
// quotes a word or a short phrase of the subject's is still the
// interviewer's question, not part of the answer before it; a quotation
// of four words or more keeps the paragraph out of the questions.
func TestQuestionTermQuotes(t *testing.T) {
	const head = "Ivo Marsh has mapped the county's hedges for ten years.\n\nHow do you measure a hedge?\n\nWith a tape and a lot of patience. I walk every one of them.\n\n"
	const tail = "\n\nBecause I have seen what a field looks like without them. It is a desert.\n\nWhat comes next?\n\nI will start on the ditches in the spring."
	tests := []struct {
		name, question string
		suggested      bool
	}{
		{"a quoted word", "Your report calls the losses ‘silent’. Why that word?", false},
		{"a quoted phrase", "You have called hedges “the county’s lungs”. Why?", false},
		{"a quoted phrase mid-question", "Why did you call the survey a “last chance” for the hedges?", false},
		{"near-miss: a four-word quotation", "You called the loss “a slow green desert”. Why?", true},
		{"near-miss: a long quoted passage", "You wrote that “every hedge we lose takes a hundred years to come back”. Why?", true},
		{"near-miss: a quoted question", "Farmers keep asking you “why should we care about hedges now”. Do they?", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, s := range statementTexts(head + tt.question + tail) {
				got = got || strings.Contains(s, tt.question)
			}
			if got != tt.suggested {
				t.Errorf("%q in a statement: %v, want %v", tt.question, got, tt.suggested)
			}
		})
	}
}
