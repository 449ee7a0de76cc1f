package dataset

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/rivo/uniseg"

	"newsmark/annotate"
)

// tokenizeByGraphemes is the tokenizer as it was before it took ASCII
// characters without asking: every grapheme cluster from uniseg's full
// segmenter. The fast tokenizer must cut exactly where it did.
func tokenizeByGraphemes(x *textIndex, spans []annotate.Span) []token {
	cut := map[int]bool{}
	for _, sp := range spans {
		cut[sp.Start] = true
		cut[sp.End] = true
	}
	var toks []token
	open := -1
	inSpace := false
	flush := func(at int) {
		if open >= 0 && at > open {
			toks = append(toks, token{start: open, end: at})
		}
		open = -1
	}
	cp := 0
	g := uniseg.NewGraphemes(x.Text())
	for g.Next() {
		r := g.Runes()
		n := len(r)
		space := unicode.IsSpace(r[0])
		switch {
		case space && !inSpace:
			flush(cp)
			inSpace = true
			if k := len(toks); r[0] == ' ' && n == 1 && k > 0 && toks[k-1].end == cp {
				toks[k-1].ws = true
			} else {
				open = cp
			}
		case space:
			if cut[cp] {
				flush(cp)
			}
			if open < 0 {
				open = cp
			}
		case unicode.IsPunct(r[0]) || unicode.IsSymbol(r[0]) || unicode.Is(unicode.Regional_Indicator, r[0]) || r[0] > 0xFFFF && !unicode.IsLetter(r[0]):
			flush(cp)
			inSpace = false
			toks = append(toks, token{start: cp, end: cp + n})
		default:
			if inSpace || cut[cp] {
				flush(cp)
			}
			inSpace = false
			if open < 0 {
				open = cp
			}
		}
		cp += n
	}
	flush(cp)
	return toks
}

// The tokenizer cuts where a full grapheme segmenter says, in text mixing
// ASCII with what joins to it: combining accents after an ASCII letter,
// CR LF, keycaps ("1" + U+FE0F + U+20E3), flags, emoji joined by ZWJ,
// Hangul syllables in parts, runs of spaces, and span boundaries inside
// words and whitespace.
func TestTokenizeCutsWhereGraphemesEnd(t *testing.T) {
	pieces := []string{"a", "Z", "7", " ", "  ", "\n", "\r\n", "\r", "\t", ",", ".", "\"", "'", "—", "e\u0301", "n\u0303o",
		"1\ufe0f\u20e3", "#\ufe0f\u20e3", "🇺🇦", "🇫🇷🇩🇪", "👩\u200d🔬", "👍🏽", "\u1100\u1161\u11a8", "Gdańsk", "Okafor", "€", "٣", "\u200d", "x\u0308\u0301"}
	rng := rand.New(rand.NewSource(1))
	var tz tokenizer // reused, as an export reuses it
	for round := range 10000 {
		var b strings.Builder
		for range 1 + rng.Intn(14) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		var x textIndex
		x.reset(text)
		var spans []annotate.Span
		for range rng.Intn(3) {
			s := rng.Intn(x.Len() + 1)
			e := s + rng.Intn(x.Len()-s+1)
			spans = append(spans, annotate.Span{Start: s, End: e})
		}
		got, want := tz.tokenize(&x, spans), tokenizeByGraphemes(&x, spans)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d, %q with spans %v:\n got %v\nwant %v", round, text, spans, got, want)
		}
		// The text's hash, taken as the tokenizer reads each byte, is
		// the hash of the whole text.
		if h, want := tz.textHash(), fnvAdd(fnvStart, text); h != want {
			t.Fatalf("round %d, %q: text hash %d, want %d", round, text, h, want)
		}
	}
}

// appendTokens writes what the object helpers write for each token, for
// tokens of plain ASCII, with quotes, backslashes,
// control characters, line breaks, accents and emoji, at the very end of
// a text, and past 10,000 code points and 10,000 tokens (five digits).
func TestAppendTokensWritesWhatTheObjectHelpersWrite(t *testing.T) {
	pieces := []string{"a", "harbour", "containers", " ", "  ", "\n", "\r\n", "\t", ",", "\"", "\\", "\x01", "é", "Gdańsk", "👍🏽", "abcdefgh", "abcdefghi"}
	rng := rand.New(rand.NewSource(4))
	var tz tokenizer
	long := 0
	for round := range 300 {
		var sb strings.Builder
		words := 1 + rng.Intn(40)
		if round%50 == 0 {
			words = 40000
		}
		for range words {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := sb.String()
		for _, unit := range []string{UnitCodepoint, UnitUTF16, UnitUTF8} {
			s, err := selectAnnotations(&annotate.Document{ID: "d", Text: text}, nil, Options{Offsets: unit})
			if err != nil {
				t.Fatal(err)
			}
			toks := tz.tokenize(s.x, nil)
			var want []byte
			for id, tk := range toks {
				if id > 0 {
					want = append(want, ", "...)
				}
				o := beginObject(want)
				o.str("text", s.text(tk.start, tk.end))
				o.int("start", s.off(tk.start))
				o.int("end", s.off(tk.end))
				o.int("id", id)
				o.bool("ws", tk.ws)
				want = o.end()
			}
			if got := appendTokens([]byte("["), s, toks); string(got[1:]) != string(want) {
				t.Fatalf("round %d, %s, %q:\n got %s\nwant %s", round, unit, text, got[1:], want)
			}
			if len(toks) > 10000 {
				long++
			}
		}
	}
	if long == 0 {
		t.Error("no text of more than 10,000 tokens compared")
	}
}
