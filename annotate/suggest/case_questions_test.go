package suggest

import (
	"strings"
	"testing"

	"newsmark/annotate"
)

// TestCaseQuestionsAsTables holds the answers read from the tokens, before
// and after the tables are made, to indexCase's tables, for every word of
// an invented text, its lower-case form and its name without "'s".
func TestCaseQuestionsAsTables(t *testing.T) {
	x := load(&annotate.Document{Text: "Turnout was low. The Pellworth council said turnout in Pellworth fell. " +
		"Marren's plan, Marren said, suits Pellworth’s ferry. Ferry fares rose; the ferry operator Marren agreed. " +
		"Halden Trust said halden was no word. Trust me, said Ovi."}, DefaultOptions())
	tables := &resolver{f: &finder{text: x}}
	tables.indexCase()
	lazy := &resolver{f: &finder{text: x}}
	var asked []string
	for _, tok := range x.toks {
		if tok.kind == tWord {
			asked = append(asked, tok.text, strings.ToLower(tok.text), strings.TrimSuffix(strings.TrimSuffix(tok.text, "'s"), "’s"))
		}
	}
	asked = append(asked, "", "Pell", "pellworth", "Nowhere")
	for round := 0; round < 2; round++ { // the first questions read the tokens, the later ones the tables
		for _, w := range asked {
			if got, want := lazy.writtenLower(w), tables.lowerWords[w]; got != want {
				t.Errorf("writtenLower(%q) = %v, want %v (questions asked %d)", w, got, want, lazy.caseAsked)
			}
			if got, want := lazy.midCapCount(w), tables.midCaps[w]; got != want {
				t.Errorf("midCapCount(%q) = %d, want %d (questions asked %d)", w, got, want, lazy.caseAsked)
			}
		}
	}
	for _, w := range asked { // each the first question of its resolver
		fresh := &resolver{f: &finder{text: x}}
		if got, want := fresh.writtenLower(w), tables.lowerWords[w]; got != want {
			t.Errorf("first question writtenLower(%q) = %v, want %v", w, got, want)
		}
		if got, want := fresh.midCapCount(w), tables.midCaps[w]; got != want {
			t.Errorf("second question midCapCount(%q) = %d, want %d", w, got, want)
		}
		if fresh.lowerWords != nil {
			t.Errorf("after two questions the tables are made")
		}
	}
	if lazy.lowerWords == nil {
		t.Error("the tables were never made")
	}
}
