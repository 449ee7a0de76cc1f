package suggest

import (
	"fmt"
	"testing"
)

// TestBracketedQuoteOpen: a bracketed quotation after a sentence (a
// paper's translation of the words) opens a sentence of its own, so the
// quoted sentence before it keeps its postposed speaker.
func TestBracketedQuoteOpen(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"a translation in brackets after a named apposition",
			"“Dyma ein tŷ ni,” said the club’s captain, Nia Rowe. (“This is our house.”)",
			[]suggestion{{"“Dyma ein tŷ ni,”", "Nia Rowe", "Nia Rowe", "said", "D1", "direct"}}},
		{"near-miss: a bracketed quotation inside a sentence",
			"The band closed with a hymn (“Calon lân”) and Nia Rowe said the hall was full.",
			[]suggestion{{"the hall was full", "Nia Rowe", "Nia Rowe", "said", "I1", "indirect"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
	toks := []token{{start: 0, end: 1, kind: tPunct, text: "("}, {start: 2, end: 3, kind: tQuote, quote: 0}}
	if bracketedQuoteOpen(toks, []quotation{{t0: 1, t1: 5}}, 0) {
		t.Error("a bracket with a space before its quotation mark opens no sentence")
	}
}
