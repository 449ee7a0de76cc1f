package annotate

import (
	"sort"
	"unicode/utf8"
)

// Offsets everywhere in Newsmark count Unicode code points (runes) of a
// document's text, half-open [start, end), as Python, spaCy and Label Studio's
// Text tag do. Go strings index bytes, and some export targets (JavaScript
// tools such as doccano's annotation view) count UTF-16 code units, so
// conversions happen at the edges through these helpers.

// RuneLen returns the number of code points in s, as
// utf8.RuneCountInString counts them (a byte of bad UTF-8 is one). Runs of
// ASCII, most of a news text, are counted eight bytes at a time:
// RuneCountInString decodes every character, and an import counts each
// article's three times (reading, checking and storing it).
func RuneLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if c := s[i : i+8]; c[0]|c[1]|c[2]|c[3]|c[4]|c[5]|c[6]|c[7] < utf8.RuneSelf {
				i += 8
				n += 8
				continue
			}
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
		n++
	}
	return n
}

// Slice returns s[start:end] counted in code points. Offsets are clamped to
// [0, RuneLen(s)], and an empty string is returned when start >= end, so a
// stale span never panics the caller.
func Slice(s string, start, end int) string {
	if start < 0 {
		start = 0
	}
	if end <= start {
		return ""
	}
	from, to := -1, len(s)
	cp := 0
	for i := range s {
		if cp == start {
			from = i
		}
		if cp == end {
			to = i
			break
		}
		cp++
	}
	if from < 0 {
		return ""
	}
	return s[from:to]
}

// Index converts code-point offsets of one text to UTF-8 byte offsets and
// UTF-16 code-unit offsets and back. Build it once per text with NewIndex;
// forward conversions are O(1) table look-ups and reverse ones a binary
// search, so exporting a million spans does not rescan the text per span.
// An Index is immutable and safe for concurrent use.
type Index struct {
	text  string
	runes int
	// bytes[cp] is the byte offset of code point cp (len runes+1); nil when
	// the text is ASCII and byte offsets equal code-point offsets.
	bytes []int32
	// units[cp] is the UTF-16 offset of code point cp (len runes+1); nil when
	// the text has no code point outside the Basic Multilingual Plane.
	units []int32
}

// NewIndex builds the offset index of text.
func NewIndex(text string) *Index {
	x := &Index{text: text}
	ascii, bmp := true, true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		x.runes = len(text)
		return x
	}
	n := utf8.RuneCountInString(text)
	x.runes = n
	x.bytes = make([]int32, n+1)
	cp := 0
	for i, r := range text {
		x.bytes[cp] = int32(i)
		if r > 0xFFFF {
			bmp = false
		}
		cp++
	}
	x.bytes[n] = int32(len(text))
	if bmp {
		return x
	}
	x.units = make([]int32, n+1)
	u := int32(0)
	cp = 0
	for _, r := range text {
		x.units[cp] = u
		u++
		if r > 0xFFFF {
			u++ // a surrogate pair
		}
		cp++
	}
	x.units[n] = u
	return x
}

// Len returns the number of code points in the indexed text.
func (x *Index) Len() int { return x.runes }

// Text returns the indexed text.
func (x *Index) Text() string { return x.text }

// UTF16Len returns the length of the indexed text in UTF-16 code units.
func (x *Index) UTF16Len() int { return x.UTF16(x.runes) }

func (x *Index) clamp(cp int) int {
	if cp < 0 {
		return 0
	}
	if cp > x.runes {
		return x.runes
	}
	return cp
}

// UTF8 returns the byte offset of code-point offset cp. Offsets outside
// [0, Len()] are clamped.
func (x *Index) UTF8(cp int) int {
	cp = x.clamp(cp)
	if x.bytes == nil {
		return cp
	}
	return int(x.bytes[cp])
}

// UTF16 returns the UTF-16 code-unit offset of code-point offset cp. Offsets
// outside [0, Len()] are clamped.
func (x *Index) UTF16(cp int) int {
	cp = x.clamp(cp)
	if x.units == nil {
		return cp
	}
	return int(x.units[cp])
}

// FromUTF8 returns the code-point offset of byte offset b. When b falls inside
// a multi-byte character or outside the text, ok is false and cp is the start
// of that character (or the clamped end).
func (x *Index) FromUTF8(b int) (cp int, ok bool) {
	return fromTable(x.bytes, x.runes, b)
}

// FromUTF16 returns the code-point offset of UTF-16 offset u. When u falls
// between the two halves of a surrogate pair or outside the text, ok is false
// and cp is the start of that character (or the clamped end).
func (x *Index) FromUTF16(u int) (cp int, ok bool) {
	return fromTable(x.units, x.runes, u)
}

// fromTable inverts an offset table; a nil table is the identity.
func fromTable(table []int32, runes, off int) (int, bool) {
	if off < 0 {
		return 0, false
	}
	if table == nil {
		if off > runes {
			return runes, false
		}
		return off, true
	}
	if off > int(table[runes]) {
		return runes, false
	}
	// The first code point whose offset exceeds off, minus one, holds off.
	cp := sort.Search(runes+1, func(i int) bool { return int(table[i]) > off }) - 1
	return cp, int(table[cp]) == off
}

// Slice returns the text between code-point offsets start and end, clamped
// like the package-level Slice, without rescanning the text.
func (x *Index) Slice(start, end int) string {
	start, end = x.clamp(start), x.clamp(end)
	if end <= start {
		return ""
	}
	return x.text[x.UTF8(start):x.UTF8(end)]
}
