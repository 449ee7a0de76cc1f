package suggest

import (
	"fmt"
	"testing"
)

// TestPossessiveHearers: a possessive and a noun after "told" is the whole
// hearer, and a verb straight after a hearer opens no reported clause.
func TestPossessiveHearers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"her and a noun", "The baker told her cousin the oven would be mended by noon.", []string{"the oven would be mended by noon"}},
		{"his and two words", "The pilot told his younger brother it was too windy to fly.", []string{"it was too windy to fly"}},
		{"their and a plural", "The tenants told their landlords the rent was too high.", []string{"the rent was too high"}},
		{"the and a possessor", "The usher told the court's clerk the witness had gone home.", []string{"the witness had gone home"}},
		{"possessive hearer then that", "The nurse told her patient that the ward would close.", []string{"the ward would close"}},
		{"possessive hearer then a quotation", "The coach told his players, “The pitch is frozen.”", []string{"“The pitch is frozen.”"}},
		// near-misses
		{"her alone stays the hearer", "The baker told her the oven would be mended by noon.", []string{"the oven would be mended by noon"}},
		{"a free relative: what was told has no subject", "It was what he told his aunt would be a quick repair.", nil},
		{"a story told, no hearer", "The pilot told his story to a local paper.", nil},
		{"an object, no clause", "The pilot told his brother the news.", nil},
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
