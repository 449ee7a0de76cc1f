package ingest

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// repairMojibake undoes the commonest damage on scraped pages: UTF-8 text
// that some step read as Windows-1252 and saved again as UTF-8, so "“" turns
// into "â€œ", "é" into "Ã©", "€" into "â‚¬" and "·" into "Â·" (a lost 0x9D
// byte survives as U+009D, as a browser's decoder leaves it). A run of
// characters is mojibake when their Windows-1252 bytes form one complete,
// valid UTF-8 sequence of two to four bytes. The document is repaired only
// when it holds at least two such runs and they make up a good share of its
// non-ASCII characters; then every run is replaced by the character it
// stood for, and the rest of the text is left as it was. Genuine accented
// text (French "é»", a name with "Ã" in it, a Latin-1 file) never forms a
// complete sequence often enough to pass. Text garbled twice is repaired
// twice.
func repairMojibake(s string) string {
	for round := 0; round < 3; round++ {
		runs, covered, nonASCII := mojibakeRuns(s)
		if runs < 2 || covered*3 < nonASCII {
			break
		}
		fixed := replaceMojibakeRuns(s)
		if after, _, _ := mojibakeRuns(fixed); after*2 > runs {
			break // the repair did not make the text much cleaner (text garbled twice halves its runs)
		}
		s = fixed
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s
}

// mojibakeRuns counts the runs of mojibake in s, the characters they cover
// and all non-ASCII characters of s.
func mojibakeRuns(s string) (runs, covered, nonASCII int) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= utf8.RuneSelf {
			nonASCII++
		}
		if _, n, chars := mojibakeAt(s[i:]); n > 0 {
			runs++
			covered += chars
			nonASCII += chars - 1
			i += n
			continue
		}
		i += size
	}
	return runs, covered, nonASCII
}

// replaceMojibakeRuns replaces each run of mojibake with the character its
// Windows-1252 bytes encode in UTF-8.
func replaceMojibakeRuns(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		if r, n, _ := mojibakeAt(s[i:]); n > 0 {
			sb.WriteRune(r)
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		sb.WriteString(s[i : i+size])
		i += size
	}
	return sb.String()
}

// mojibakeAt reports whether s opens with a run of mojibake: a character
// whose Windows-1252 byte leads a UTF-8 sequence (0xC2–0xF4) followed by as
// many characters whose bytes continue one (0x80–0xBF), together a valid
// sequence. It returns the character the run encodes, the run's length in
// bytes of s and in characters, or n == 0.
func mojibakeAt(s string) (r rune, n, chars int) {
	lead, size := utf8.DecodeRuneInString(s)
	b, ok := windows1252Byte(lead)
	if !ok || b < 0xC2 || b > 0xF4 {
		return 0, 0, 0
	}
	need := 1
	switch {
	case b >= 0xF0:
		need = 3
	case b >= 0xE0:
		need = 2
	}
	var seq [4]byte
	seq[0] = b
	n = size
	for k := 1; k <= need; k++ {
		c, size := utf8.DecodeRuneInString(s[n:])
		cb, ok := windows1252Byte(c)
		if !ok || cb < 0x80 || cb > 0xBF {
			return 0, 0, 0
		}
		seq[k] = cb
		n += size
	}
	r, size = utf8.DecodeRune(seq[:need+1])
	if r == utf8.RuneError || size != need+1 {
		return 0, 0, 0
	}
	return r, n, need + 1
}

// windows1252Byte returns the Windows-1252 byte of r. The five bytes the
// code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) come back as
// the C1 controls of the same number, as browsers decode them.
func windows1252Byte(r rune) (byte, bool) {
	if r < 0x80 || r >= 0x2200 {
		return 0, false
	}
	switch r {
	case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}
