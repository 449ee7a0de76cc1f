package suggest

import (
	"strings"
	"testing"
	"unicode"

	"newsmark/annotate"
)

// TestTokenTextsAsRunes checks that tokens cut from the document's text
// spell what their runes spell, lower-cased as strings.ToLower does, in
// ASCII text, accented text, text with curly marks, and text that is not
// valid UTF-8.
func TestTokenTextsAsRunes(t *testing.T) {
	tests := []struct{ name, text string }{
		{"ascii", "Harbour Chief Ana Tull said on Monday the U.S. deal was \"done\".\n\nIt was, she added."},
		{"accents", "Żaneta Öberg-Łukasz told Señor Ibáñez: «Nous partons», said the İzmir office."},
		{"curly", "“We will not move,” said Dr. Orla Penn, 52, of the Farmers’ Union.\n\n‘Never,’ she said."},
		{"invalid", "The mayor said \xff\xfe it was \xc3 fine, Mr. Brandt\x80 added.\n\nQuiet \xed\xa0\x80 here."},
		{"mixed zones", "Headline With Caps\n\nA dek of sorts.\n\nBERLIN — The Minister said “yes”."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := load(&annotate.Document{Text: tt.text}, DefaultOptions())
			if len(x.toks) == 0 {
				t.Fatal("no tokens")
			}
			for _, tok := range x.toks {
				want := string(x.runes[tok.start:tok.end])
				if tok.text != want {
					t.Errorf("token %d–%d: text %q, want %q", tok.start, tok.end, tok.text, want)
				}
				if tok.low != strings.ToLower(want) {
					t.Errorf("token %d–%d: low %q, want %q", tok.start, tok.end, tok.low, strings.ToLower(want))
				}
			}
		})
	}
}

// TestBareAndFoldAsBefore checks bare and foldAccents against their
// general forms on words of every shape they meet.
func TestBareAndFoldAsBefore(t *testing.T) {
	ws := []string{"", ".", "Mr.", "mr.", "Gen", "U.S.", "U.S", "McDONALD", "the", "Ibáñez", "İzmir", "ÖBERG.", "spokes-Woman's",
		"Farmers’", strings.Repeat("Ab", 40) + ".", "a..", "ÉCOLE", "\xffBad.",
		"Inés", "Jürgen", "Weiß", "Pérez", "Wójcik", "Øre", "øre", "åsa", "çà\xffñ", "François-Noël"}
	for _, w := range ws {
		if got, want := bare(w), strings.TrimSuffix(strings.ToLower(w), "."); got != want {
			t.Errorf("bare(%q) = %q, want %q", w, got, want)
		}
		if got, want := foldAccents(w), accentFolder.Replace(w); got != want {
			t.Errorf("foldAccents(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestWordRuneAndMarkAsBefore checks the ASCII shortcuts of the tokeniser
// against the Unicode tables for every rune up to the first mark and a few
// beyond.
func TestWordRuneAndMarkAsBefore(t *testing.T) {
	for r := rune(0); r < firstMark+0x100; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, got, want)
		}
		if r < firstMark && unicode.IsMark(r) {
			t.Errorf("%U is a mark below firstMark", r)
		}
	}
	if !unicode.IsMark(firstMark) {
		t.Errorf("firstMark %U is not a mark", rune(firstMark))
	}
}

// TestQuoteShortcutsAsTable checks the ASCII tables of the quotation
// scanner against quotePairs.
func TestQuoteShortcutsAsTable(t *testing.T) {
	for r := rune(0); r < 128; r++ {
		_, opens := quotePairs[r]
		if asciiOpeners[r] != opens {
			t.Errorf("asciiOpeners[%q] = %v, quotePairs says %v", r, asciiOpeners[r], opens)
		}
		closes := false
		for _, p := range quotePairs {
			closes = closes || strings.ContainsRune(p.closers, r)
		}
		if asciiClosers[r] != closes {
			t.Errorf("asciiClosers[%q] = %v, quotePairs says %v", r, asciiClosers[r], closes)
		}
	}
}

// TestSortMentionsAsInsertion checks the mention sort against an
// insertion sort on lists with ties, runs and reversals.
func TestSortMentionsAsInsertion(t *testing.T) {
	insertion := func(ms []mention) {
		for i := 1; i < len(ms); i++ {
			for j := i; j > 0 && (ms[j].r.a < ms[j-1].r.a || ms[j].r.a == ms[j-1].r.a && ms[j].att < ms[j-1].att); j-- {
				ms[j], ms[j-1] = ms[j-1], ms[j]
			}
		}
	}
	lists := [][][2]int{
		{},
		{{3, -1}},
		{{1, -1}, {5, -1}, {9, -1}, {2, 0}, {5, 1}, {9, -1}},
		{{7, 2}, {7, 2}, {7, -1}, {3, 0}, {3, 0}, {1, 5}},
		{{4, 0}, {3, 0}, {2, 0}, {1, 0}, {0, 0}},
	}
	for n, l := range lists {
		var a, b []mention
		for i, p := range l {
			m := mention{r: rng{p[0], p[0] + 1}, att: p[1], antecedent: i} // antecedent tells equal mentions apart
			a, b = append(a, m), append(b, m)
		}
		insertion(a)
		sortMentions(b)
		for i := range a {
			if a[i].r != b[i].r || a[i].att != b[i].att || a[i].antecedent != b[i].antecedent {
				t.Errorf("list %d, place %d: got %v/%d/%d, want %v/%d/%d", n, i, b[i].r, b[i].att, b[i].antecedent, a[i].r, a[i].att, a[i].antecedent)
			}
		}
	}
}
