package suggest

import (
	"fmt"
	"testing"

	"newsmark/annotate"
)

// TestBracketTagAfterName: a party or ward tag in brackets after a name,
// "Cllr Ann Vole (Lab, Eastfield) said", is skipped like an apposition and
// never read as the speaker; a bracket after no name, or one holding a
// lower-case phrase, is no tag.
func TestBracketTagAfterName(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []suggestion
	}{
		{"party and ward before the cue",
			"The depot shut in May. Cllr Ann Vole (Lab, Eastfield) said the depot had lost money for years.",
			[]suggestion{{"the depot had lost money for years", "Cllr Ann Vole", "Ann Vole", "said", "I1", "indirect"}}},
		{"party alone, then told … that",
			"The depot shut in May. Cllr Ann Vole (Lab) told the meeting that the depot had lost money for years.",
			[]suggestion{{"the depot had lost money for years", "Cllr Ann Vole", "Ann Vole", "told", "I1", "indirect"}}},
		{"tag then an apposition",
			"The depot shut in May. Ann Vole (Ind), the cabinet member, told the meeting that the depot had lost money.",
			[]suggestion{{"the depot had lost money", "Ann Vole", "Ann Vole", "told", "I1", "indirect"}}},
		{"tag inside an apposition",
			"The depot shut in May. His deputy, Rob Tarn (Green, Mill Lane), said the vote had been rushed.",
			[]suggestion{{"the vote had been rushed", "Rob Tarn", "Rob Tarn", "said", "I1", "indirect"}}},
		{"near miss: a bracket after no name is no tag",
			"The depot shut in May. The figures (Con, Eastfield), said nothing of the cost.",
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

// loadLastCloseBracket loads s as a body-only document and returns it
// with the index of its last ")" token; t fails at once when it has none.
func loadLastCloseBracket(t *testing.T, s string) (*text, int) {
	t.Helper()
	x := load(&annotate.Document{Text: s}, DefaultOptions())
	i := -1
	for k := range x.toks {
		if x.is(k, ")") {
			i = k
		}
	}
	if i < 0 {
		t.Fatalf("%q: no closing bracket", s)
	}
	return x, i
}

func TestBracketTagBefore(t *testing.T) {
	tests := []struct {
		text string
		want string // the word the tag is skipped to, or ")" when it is none
	}{
		{"Cllr Ann Vole (Lab, Eastfield) said", "Vole"},
		{"Rob Tarn (LD) said", "Tarn"},
		{"the depot (Eastfield) said", ")"}, // no name before the bracket
		{"Rob Tarn (pictured) said", ")"},   // a lower-case aside
		{"Rob Tarn (aged 40) said", ")"},    // not a tag of names
		{"Rob Tarn (Lab, ) said", ")"},      // a tag ends in no comma
		{"Rob Tarn () said", ")"},           // nothing in the brackets
	}
	for _, tt := range tests {
		x, i := loadLastCloseBracket(t, tt.text)
		if got := x.toks[x.bracketTagBefore(i, 0)].text; got != tt.want {
			t.Errorf("bracketTagBefore in %q lands on %q, want %q", tt.text, got, tt.want)
		}
	}
}
