package suggest

import (
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"

	"newsmark/annotate"
)

// TestBorrowedBuffersAsNew checks that slices lent again read a text as new
// ones do: runes as []rune gives them (invalid bytes too), no mark role
// set, no token left over from the document read before, and the same
// suggestions for a document read before and after another.
func TestBorrowedBuffersAsNew(t *testing.T) {
	texts := []string{
		"“We will not move,” said Dr. Orla Penn of the Farmers’ Union.\n\n‘Never,’ she said.",
		"Short \xff\xfe text, Mr. Brandt\x80 added.",
		"",
		"A much longer text. “Quote one,” said Ann Roe. “Quote two,” she added, and “three” followed.",
		"Zoë Ćosić told the Société: “Ça suffit.”",
		"A replacement rune \uFFFD written out, and Ünal.",
	}
	for _, text := range texts {
		x := load(&annotate.Document{Text: text}, DefaultOptions())
		if !slices.Equal(x.runes, []rune(text)) {
			t.Errorf("%q: runes %q, want %q", text, string(x.runes), text)
		}
		x.giveBack()
		b, runes, toks, roles := borrowBuffers(text)
		if !slices.Equal(runes, []rune(text)) || len(toks) != 0 || len(roles) != len(runes) {
			t.Errorf("%q: lent %d runes, %d tokens, %d roles", text, len(runes), len(toks), len(roles))
		}
		if valid, caseless := utf8.ValidString(text), asciiLowerSuffices(text); b.valid != valid || b.caseless != caseless {
			t.Errorf("%q: read as valid %v, caseless %v; want %v, %v", text, b.valid, b.caseless, valid, caseless)
		}
		for i, r := range roles {
			if r != roleNone {
				t.Errorf("%q: role %d set to %d on loan", text, i, r)
			}
		}
		for i, tok := range toks[:cap(toks)] {
			if tok != (token{}) {
				t.Errorf("%q: token %d left over: %+v", text, i, tok)
				break
			}
		}
		textBufferPool.Put(b)
	}
	doc := &annotate.Document{Text: texts[0]}
	first := Suggest(doc, nil, DefaultOptions())
	Suggest(&annotate.Document{Text: texts[3]}, nil, DefaultOptions())
	if again := Suggest(doc, nil, DefaultOptions()); !reflect.DeepEqual(first, again) {
		t.Errorf("suggestions differ after another document:\n%+v\n%+v", first, again)
	}
}
