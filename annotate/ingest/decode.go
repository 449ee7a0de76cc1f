package ingest

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// decode turns a file's raw bytes into valid UTF-8 text with LF line ends.
// A byte-order mark selects UTF-8 or UTF-16 (LE/BE); without one the bytes are
// read as UTF-8, and any byte that is not part of a valid UTF-8 sequence is
// read as Windows-1252 (files saved by old Windows editors, or scraped pages
// that mix both). Text that looks like binary data is ErrBinary.
func decode(raw []byte) (string, error) {
	out := raw
	if len(raw) >= 2 && (raw[0] == 0xef || raw[0] == 0xfe || raw[0] == 0xff) {
		// Possibly a byte-order mark: let x/text pick the encoding.
		var err error
		out, _, err = transform.Bytes(unicode.BOMOverride(encoding.Nop.NewDecoder()), raw)
		if err != nil {
			return "", ErrBinary
		}
	}
	var s string
	if utf8.Valid(out) {
		s = string(out)
	} else {
		s = decodeMixed(out)
	}
	if looksBinary(s) {
		return "", ErrBinary
	}
	s = normalizeNewlines(s)
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s, nil
}

// decodeMixed keeps every valid UTF-8 sequence and reads each stray byte as
// Windows-1252, so "caf\xe9" becomes "café" and a file that is UTF-8 except
// for one pasted smart quote keeps its other characters intact.
func decodeMixed(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			sb.WriteRune(charmap.Windows1252.DecodeByte(b[0]))
			b = b[1:]
			continue
		}
		sb.Write(b[:n])
		b = b[n:]
	}
	return sb.String()
}

// looksBinary reports text that is not an article: any NUL, or more than a
// few control characters other than tab, newline, carriage return and form
// feed (images, PDFs, archives and UTF-16 without a byte-order mark).
func looksBinary(s string) bool {
	controls := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			continue
		}
		if c == 0 {
			return true
		}
		controls++
	}
	return controls > 8 && controls*100 > len(s)
}

// normalizeNewlines turns CRLF and lone CR (old Mac files) into LF and form
// feeds into blank lines.
func normalizeNewlines(s string) string {
	if !strings.ContainsAny(s, "\r\f") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\f", "\n\n")
}
