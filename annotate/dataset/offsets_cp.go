package dataset

import (
	"unicode/utf8"

	"newsmark/annotate"
)

// cpText maps the code-point offsets of one text to byte offsets without
// an index of every character: a record's spans come mostly in the order
// of the text, so each mapping walks on from where the last one ended.
// Reading a file of annotated articles built a table of four bytes a
// character for every record (a tenth of what an import allocated) only
// to slice a few spans' text with it.
type cpText struct {
	text  string
	runes int
	ascii bool // byte offsets are code-point offsets
	valid bool // valid UTF-8: a walk may go backwards
	cp, b int  // where the last walk ended: a code point and its byte offset
}

func newCPText(text string) *cpText {
	c := &cpText{text: text, runes: annotate.RuneLen(text)}
	c.ascii = c.runes == len(text)
	c.valid = c.ascii || utf8.ValidString(text)
	return c
}

// byteOf is the byte offset of code point cp, clamped to the text.
func (c *cpText) byteOf(cp int) int {
	cp = max(0, min(cp, c.runes))
	if c.ascii {
		return cp
	}
	if cp < c.cp {
		if !c.valid || c.cp-cp > cp {
			c.cp, c.b = 0, 0 // nearer the start, or no way back in bad UTF-8
		} else {
			for c.cp > cp {
				_, n := utf8.DecodeLastRuneInString(c.text[:c.b])
				c.b -= n
				c.cp--
			}
			return c.b
		}
	}
	for c.cp < cp {
		// Runs of ASCII (most of a news text between its accented names
		// and dashes) eight bytes at a time.
		if cp-c.cp >= 8 && c.b+8 <= len(c.text) {
			if s := c.text[c.b : c.b+8]; s[0]|s[1]|s[2]|s[3]|s[4]|s[5]|s[6]|s[7] < utf8.RuneSelf {
				c.b += 8
				c.cp += 8
				continue
			}
		}
		if c.text[c.b] < utf8.RuneSelf {
			c.b++
			c.cp++
			continue
		}
		_, n := utf8.DecodeRuneInString(c.text[c.b:])
		c.b += n
		c.cp++
	}
	return c.b
}

// slice is the text between code points start and end, clamped to the
// text as annotate.Index.Slice does.
func (c *cpText) slice(start, end int) string {
	start, end = max(0, min(start, c.runes)), max(0, min(end, c.runes))
	if end <= start {
		return ""
	}
	from := c.byteOf(start)
	return c.text[from:c.byteOf(end)]
}
