package suggest

import (
	"testing"

	"newsmark/annotate"
)

// TestRolePlacePairTheName: a role for two places, the second with "the",
// before a name between commas is that name, even after paragraphs about
// someone else.
func TestRolePlacePairTheName(t *testing.T) {
	before := "The plan survived a vote, after the minister told MPs that no town would lose its bus.\n\nOpening the debate, the Transport Minister, Clara Winslow, said the subsidy paid for empty buses.\n\n"
	tests := []canonicalCase{
		{"a seat of a town and the isles",
			before + "The MP for Dunmore and the Isles, Peter Grange, said the bill would cut the cord. 'My voters do not ride for fun,' he said.",
			"'My voters do not ride for fun,'", "MP for Dunmore", "Peter Grange"},
		{"a seat of a town and the hills",
			before + "The MP for Carnmoor and the Western Hills, Ruth Kane, said the bill was rushed. 'Nobody read it,' she said.",
			"'Nobody read it,'", "MP for Carnmoor", "Ruth Kane"},
		{"a seat of a village and the downs",
			before + "The MP for Penhallow and the Downs, Tom Reed, said the cuts were deep. 'Nobody asked us,' he said.",
			"'Nobody asked us,'", "MP for Penhallow", "Tom Reed"},
	}
	checkCanonicalCases(t, tests)
	for _, tt := range []struct{ name, text, role string }{
		{"no name after the places",
			"The MP for Dunmore and the Isles, who spoke first, said the bill was bad.", "MP for Dunmore"},
		{"a lower-case thing after the",
			"The MP for Dunmore and the ferry users, Peter Grange said, were angry.", "MP for Dunmore"},
		{"no comma after the places",
			"The MP for Dunmore and the Isles met Peter Grange on Friday.", "MP for Dunmore"},
	} {
		f := &finder{text: load(&annotate.Document{Text: tt.text}, DefaultOptions())}
		f.scan()
		r := f.resolve()
		for _, m := range r.mentions {
			if f.labelText(m.r) == tt.role && m.canonical != tt.role {
				t.Errorf("%s: %q became %q", tt.name, tt.role, m.canonical)
			}
		}
	}
}
