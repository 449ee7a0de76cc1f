package ingest

import (
	"strings"
	"testing"
)

func TestTranslationCredit(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Quotations in German, French and Italian were translated by alpsnews.example.", true},
		{"All interviews were conducted in Spanish and translated by the author.", true},
		{"Quotes from Arabic have been translated by Mira Haddad.", true},
		{"Remarks in Welsh were translated.", true},
		{"Quotations were translated from the Portuguese by our staff.", true},
		// near-misses: the story itself, or a sentence that goes on
		{"Quotations in Welsh were translated by the BBC, which said the minister had been misquoted on air.", false},
		{"The remarks were translated by an interpreter who told the court the witness had been clear.", false},
		{"She said the quotes were translated by a colleague.", false},
		{"Comments in German were translated by the court as “a threat”.", false},
		{"Interviews were held in Spanish and French over three days.", false},
	}
	for _, tc := range tests {
		if got := translationCredit(tc.line, strings.ToLower(tc.line), wordCount(tc.line)); got != tc.want {
			t.Errorf("translationCredit(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
