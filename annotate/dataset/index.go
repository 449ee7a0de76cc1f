package dataset

import (
	"encoding/binary"
	"unicode/utf8"
)

// textIndex converts code-point offsets of one text to UTF-8 byte and
// UTF-16 unit offsets, like annotate.Index, but keeps its tables between
// documents: an export of a hundred thousand articles then builds no
// per-article garbage for them.
type textIndex struct {
	text  string
	runes int
	bytes []int32 // bytes[cp] is the byte offset of code point cp; unused (ascii) when the text is ASCII
	units []int32 // units[cp] is the UTF-16 offset of cp; unused (bmp) when no character is outside the BMP
	ascii bool
	bmp   bool
}

// reset indexes text, reusing the tables.
func (x *textIndex) reset(text string) {
	x.text = text
	x.ascii, x.bmp = true, true
	first := asciiPrefix(text)
	if first == len(text) {
		x.runes = len(text)
		return
	}
	x.ascii = false
	// A code point takes at least a byte: the table is at most as long as
	// the text, and is filled by index, eight ASCII bytes at a time.
	if cap(x.bytes) < len(text)+1 {
		x.bytes = make([]int32, len(text)+1)
	}
	bs := x.bytes[:len(text)+1]
	for i := range first {
		bs[i] = int32(i)
	}
	cp := first
	for i := first; i < len(text); {
		if i+8 <= len(text) && binary.LittleEndian.Uint64([]byte(text[i:i+8]))&0x8080808080808080 == 0 {
			w := bs[cp : cp+8 : cp+8]
			for k := range w {
				w[k] = int32(i + k)
			}
			i += 8
			cp += 8
			continue
		}
		bs[cp] = int32(i)
		cp++
		if c := text[i]; c < utf8.RuneSelf {
			i++
			continue
		}
		// As range does: an invalid byte is one code point (U+FFFD).
		r, size := utf8.DecodeRuneInString(text[i:])
		if r > 0xFFFF {
			x.bmp = false
		}
		i += size
	}
	bs[cp] = int32(len(text))
	x.bytes = bs[:cp+1]
	x.runes = cp
	if x.bmp {
		return
	}
	x.units = x.units[:0]
	u := int32(0)
	for _, r := range text {
		x.units = append(x.units, u)
		u++
		if r > 0xFFFF {
			u++ // a surrogate pair
		}
	}
	x.units = append(x.units, u)
}

// asciiPrefix is the length of text's longest ASCII beginning.
func asciiPrefix(text string) int {
	i := 0
	for i+8 <= len(text) && binary.LittleEndian.Uint64([]byte(text[i:i+8]))&0x8080808080808080 == 0 {
		i += 8
	}
	for i < len(text) && text[i] < utf8.RuneSelf {
		i++
	}
	return i
}

func (x *textIndex) Len() int     { return x.runes }
func (x *textIndex) Text() string { return x.text }

func (x *textIndex) clamp(cp int) int {
	return max(0, min(cp, x.runes))
}

// UTF8 is the byte offset of code point cp (clamped to the text).
func (x *textIndex) UTF8(cp int) int {
	cp = x.clamp(cp)
	if x.ascii {
		return cp
	}
	return int(x.bytes[cp])
}

// UTF16 is the UTF-16 offset of code point cp (clamped to the text).
func (x *textIndex) UTF16(cp int) int {
	cp = x.clamp(cp)
	if x.bmp {
		return cp
	}
	return int(x.units[cp])
}

// FromUTF16 is the code point at UTF-16 offset u; ok is false when u is
// outside the text or between the halves of a surrogate pair.
func (x *textIndex) FromUTF16(u int) (cp int, ok bool) {
	if u < 0 {
		return 0, false
	}
	if x.bmp {
		if u > x.runes {
			return x.runes, false
		}
		return u, true
	}
	lo, hi := 0, x.runes+1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(x.units[m]) <= u {
			lo = m + 1
		} else {
			hi = m
		}
	}
	cp = lo - 1
	return cp, cp >= 0 && int(x.units[cp]) == u
}

// Slice is the text between two code-point offsets, clamped.
func (x *textIndex) Slice(start, end int) string {
	start, end = x.clamp(start), x.clamp(end)
	if end <= start {
		return ""
	}
	return x.text[x.UTF8(start):x.UTF8(end)]
}
