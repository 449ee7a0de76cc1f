package suggest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// This file spares the suggester work when it lowers words: a word of pure
// ASCII is lowered byte by byte, without the general Unicode path, and not
// at all when it has no upper-case letter; tokens take their texts from one
// string a paragraph.

// maxFastWord is the longest word lowered on the stack; longer ones take
// the general path.
const maxFastWord = 64

// lowerASCII returns strings.ToLower(w) with one trailing dot trimmed when
// trimDot is set, and true, for a word of at most maxFastWord bytes whose
// only letters with a case are ASCII ("Farmers’", with a curly
// apostrophe, is such a word); false for any other word. It allocates only
// for a word with an upper-case letter.
func lowerASCII(w string, trimDot bool) (string, bool) {
	if len(w) > maxFastWord {
		return "", false
	}
	var buf [maxFastWord]byte
	n := len(w)
	upper := false
	for i := 0; i < n; i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			size := caselessRuneAt(w, i)
			if size == 0 {
				return "", false
			}
			copy(buf[i:], w[i:i+size])
			i += size - 1
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
	}
	if !upper {
		if trimDot {
			return strings.TrimSuffix(w, "."), true
		}
		return w, true
	}
	if trimDot && n > 0 && buf[n-1] == '.' {
		n--
	}
	return string(buf[:n]), true
}

// appendLower appends strings.ToLower(s) to dst, and true; false, with
// dst as it was, for an s that is not valid UTF-8 (whose lower case
// strings.ToLower spells its own way). A caller lowering into a buffer on
// its stack spares the string strings.ToLower makes.
func appendLower(dst []byte, s string) ([]byte, bool) {
	n := len(dst)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return dst[:n], false
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst, true
}

// isASCII reports whether s is pure ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// sourceText is the document's text, for tokens to take their texts
// from, with a copy of it lowered the ASCII way and where rune pos sits in
// it (byte off). Text that is not valid UTF-8 is not used: its runes do not
// spell it again. caseless is set when every rune of the text is its own
// lower case beyond ASCII (asciiLowerSuffices holds for the whole text),
// so that it holds for every part of it cut at runes' starts, without
// asking again word by word.
type sourceText struct {
	text, low string
	pos, off  int
	caseless  bool
}

func newSourceText(text string) *sourceText {
	return sourceTextOf(text, utf8.ValidString(text), asciiLowerSuffices(text))
}

// sourceTextOf is newSourceText for a text whose validity and
// asciiLowerSuffices are known already (borrowBuffers tells them).
func sourceTextOf(text string, valid, caseless bool) *sourceText {
	if !valid {
		return &sourceText{}
	}
	return &sourceText{text: text, low: lowerASCIIBytes(text), caseless: caseless}
}

// caselessAt reports whether the n bytes of s.text from off, cut at runes'
// starts, lower the ASCII way (asciiLowerSuffices), asking only when
// the whole text does not.
func (s *sourceText) caselessAt(off, n int) bool {
	if s.caseless && runeStartAt(s.text, off) && runeStartAt(s.text, off+n) {
		return true
	}
	return asciiLowerSuffices(s.text[off : off+n])
}

// runeStartAt reports whether a rune starts at byte i of s (or i is its
// end).
func runeStartAt(s string, i int) bool {
	return i >= len(s) || utf8.RuneStart(s[i])
}

// byteAt is the byte offset of rune pos in s.text.
func (s *sourceText) byteAt(runes []rune, pos int) int {
	if pos < s.pos {
		s.pos, s.off = 0, 0
	}
	for ; s.pos < pos; s.pos++ {
		if r := runes[s.pos]; r < utf8.RuneSelf {
			s.off++
		} else {
			s.off += runeBytes(r)
		}
	}
	return s.off
}

// tokenTexts sets the text, the lower-case text and the quotation (none
// yet) of toks, tokens of paras (numbered from base) in text order. The
// texts are cut from the document's text, or from one string a paragraph
// when that text cannot serve, and the lower-case texts of ASCII words
// from a lowered copy of it, instead of two new strings a token. In the
// document's text, src's cursor (byteAt) walks the runes once, token after
// token, where a walk of its own a paragraph walked them a second time.
func tokenTexts(runes []rune, src *sourceText, paras [][2]int, base int, toks []token) {
	para := -1
	ps, lows := src.text, src.low
	pos, off := 0, 0 // rune pos in the document sits at byte off of ps
	for k := range toks {
		t := &toks[k]
		var b0 int
		if src.text != "" {
			b0, off = src.byteAt(runes, t.start), src.byteAt(runes, t.end)
		} else {
			if t.para != para {
				para = t.para
				lo, hi := paras[para-base][0], paras[para-base][1]
				ps = string(runes[lo:hi])
				lows = lowerASCIIBytes(ps)
				pos, off = lo, 0
			}
			for ; pos < t.start; pos++ {
				off += runeBytes(runes[pos])
			}
			b0 = off
			for ; pos < t.end; pos++ {
				off += runeBytes(runes[pos])
			}
		}
		t.text = ps[b0:off]
		if src.text != "" && src.caselessAt(b0, off-b0) || src.text == "" && asciiLowerSuffices(t.text) {
			t.low = lows[b0:off]
		} else {
			t.low = strings.ToLower(t.text)
		}
		t.quote = -1
	}
}

// runeBytes is how many bytes r takes in a string made from runes: an
// invalid rune becomes U+FFFD, three bytes.
func runeBytes(r rune) int {
	if n := utf8.RuneLen(r); n > 0 {
		return n
	}
	return 3
}

// lowerASCIIBytes lowers the ASCII letters of s and leaves every other
// byte as it is; s itself when it has no upper-case ASCII letter. The
// copy is lowered in place, a byte at a time, where writing it through a
// strings.Builder cost several times as much (a document's text is
// lowered whole).
func lowerASCIIBytes(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not changed again
}

// firstMark is the first rune of Unicode's category M (combining marks):
// no rune below it is a mark, which spares the tokeniser a table search at
// the end of every word.
const firstMark = 0x300

// asciiOpeners marks the ASCII runes that quotePairs holds, so that the
// quotation scanner skips every other ASCII rune without a map lookup.
var asciiOpeners = func() (set [utf8.RuneSelf]bool) {
	for r := range quotePairs {
		if r < utf8.RuneSelf {
			set[r] = true
		}
	}
	return set
}()

// asciiClosers marks the ASCII runes that close a quotation of any kind
// in quotePairs, so that closesAt skips every other ASCII rune without a
// map lookup.
var asciiClosers = func() (set [utf8.RuneSelf]bool) {
	for _, p := range quotePairs {
		for _, r := range p.closers {
			if r < utf8.RuneSelf {
				set[r] = true
			}
		}
	}
	return set
}()

// sortMentionsStable sorts ms by start, then by attribution, keeping the
// order of equal mentions (what an insertion sort gives), moving each
// mention once: the order is worked out on their indexes (on the stack for
// a news article's few dozen), then each cycle of the permutation is
// followed in place.
func sortMentionsStable(ms []mention) {
	before := func(x, y *mention) bool { return x.r.a < y.r.a || x.r.a == y.r.a && x.att < y.att }
	sorted := true
	for i := 1; i < len(ms) && sorted; i++ {
		sorted = !before(&ms[i], &ms[i-1])
	}
	if sorted {
		return
	}
	var buf [256]int
	idx := buf[:0]
	if len(ms) > len(buf) {
		idx = make([]int, 0, len(ms))
	}
	for i := range ms {
		idx = append(idx, i)
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case before(&ms[a], &ms[b]):
			return -1
		case before(&ms[b], &ms[a]):
			return 1
		}
		return 0
	})
	// ms[i] is to become the mention at ms[idx[i]]
	for i := range ms {
		if idx[i] == i {
			continue
		}
		tmp := ms[i]
		j := i
		for {
			k := idx[j]
			idx[j] = j
			if k == i {
				ms[j] = tmp
				break
			}
			ms[j] = ms[k]
			j = k
		}
	}
}
