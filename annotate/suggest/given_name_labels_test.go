package suggest

import (
	"fmt"
	"testing"
)

// TestGivenNameLabels: a transcript label that is a given name alone
// speaks as the one person the report named in full with it; two people
// of that given name, or a label in capitals, leave the label as it was.
func TestGivenNameLabels(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Brigid and Tamsin Orrelcott won the county pairs final on Saturday.\n\nBrigid Orrelcott said the wind had made the last end a lottery.\n\nQ: How did the final end feel?\n\nBrigid: Long. The wind kept pushing everything wide and we had to play short.\n\nQ: And the semi-final?\n\nTamsin: Easier. We had the sun behind us for most of it.\n\nQ: Will you defend the title?\n\nBrigid: Of course we will, if our knees allow it next summer.",
			[]string{"Brigid Orrelcott", "Brigid Orrelcott", "Tamsin Orrelcott", "Brigid Orrelcott"}},
		// near misses: two Brigids named in full; no full name at all
		{"Brigid Orrelcott and Brigid Fane won the county pairs final on Saturday.\n\nQ: How did the final end feel?\n\nBrigid: Long. The wind kept pushing everything wide and we had to play short.\n\nQ: And the semi-final?\n\nTamsin: Easier. We had the sun behind us for most of it.\n\nQ: Will you defend the title?\n\nBrigid: Of course we will, if our knees allow it next summer.",
			[]string{"Brigid", "Tamsin", "Brigid"}},
		{"The pair won the county pairs final on Saturday.\n\nQ: How did the final end feel?\n\nBrigid: Long. The wind kept pushing everything wide and we had to play short.\n\nQ: And the semi-final?\n\nTamsin: Easier. We had the sun behind us for most of it.\n\nQ: Will you defend the title?\n\nBrigid: Of course we will, if our knees allow it next summer.",
			[]string{"Brigid", "Tamsin", "Brigid"}},
	}
	for _, tt := range tests {
		if got := canonicalSpeakers(tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestInitialsLabels: an interview labelled by initials with no key speaks
// as the one person the report named in full whose capitals spell them;
// two such people, an initials word the text uses as an acronym, or no
// full name at all leave the label as it was.
func TestInitialsLabels(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Orla Penhallow has run the Quayside ferry for thirty years. She spoke to Dev Ruskin before her last crossing.\n\nDR: Why stop now?\n\nOP: Because the engine and I are the same age, and only one of us can be replaced.\n\nDR: What will you miss?\n\nOP: The fog. Nobody believes me, but the fog is the best part.",
			[]string{"Orla Penhallow", "Orla Penhallow"}},
		// near misses: two people the initials spell; an acronym the text uses; no full name
		{"Orla Penhallow and Owen Pryce have run the Quayside ferry for thirty years.\n\nQ: Why stop now?\n\nOP: Because the engine and I are the same age, and only one of us can be replaced.\n\nQ: What will you miss?\n\nOP: The fog. Nobody believes me, but the fog is the best part.",
			[]string{"OP", "OP"}},
		{"Orla Penhallow has run the Quayside ferry for thirty years, the last ten under the OP licence scheme.\n\nQ: Why stop now?\n\nOP: Because the engine and I are the same age, and only one of us can be replaced.\n\nQ: What will you miss?\n\nOP: The fog. Nobody believes me, but the fog is the best part.",
			[]string{"OP", "OP"}},
		{"The skipper has run the Quayside ferry for thirty years.\n\nQ: Why stop now?\n\nOP: Because the engine and I are the same age, and only one of us can be replaced.\n\nQ: What will you miss?\n\nOP: The fog. Nobody believes me, but the fog is the best part.",
			[]string{"OP", "OP"}},
	}
	for _, tt := range tests {
		if got := canonicalSpeakers(tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: speakers %q, want %q", tt.text, got, tt.want)
		}
	}
}
