package dataset

import (
	"encoding/binary"
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"unicode/utf8"
)

// The writers append JSON to a reused byte buffer instead of going through
// encoding/json: a million spans would otherwise cost a reflection walk and
// an allocation each, and the output must be byte-identical run to run
// (fixed field order, map keys sorted).

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string. Non-ASCII text is written as is
// (UTF-8), not \u-escaped, so files stay readable; U+2028 and U+2029 are
// escaped for JavaScript consumers. Each invalid UTF-8 byte becomes U+FFFD,
// one code point for one, so code-point offsets stay right.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs a look: a document's
		// text is mostly plain ASCII.
		for i+8 <= len(s) && plainWord(binary.LittleEndian.Uint64([]byte(s[i:i+8]))) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if plainASCII[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"':
				b = append(b, '\\', '"')
			case '\\':
				b = append(b, '\\', '\\')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		// Beyond ASCII: decode here, so valid text costs no separate pass.
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// plainWord tells whether none of the eight bytes in x needs a look:
// each is ASCII, at least a space, and not '"' or '\\'.
func plainWord(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (x - ones*0x20) & ^x // a byte under 0x20 (or at or above 0x80) sets its high bit
	quote := x ^ (ones * '"')
	slash := x ^ (ones * '\\')
	zeroQ := (quote - ones) & ^quote // a byte equal to '"'
	zeroS := (slash - ones) & ^slash
	return (below|zeroQ|zeroS|x)&highs == 0
}

// plainASCII marks the ASCII bytes a JSON string holds as they are.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendFloat formats f as encoding/json does.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendValue appends any JSON-shaped value (what encoding/json decodes
// into an any), with map keys sorted.
func appendValue(b []byte, v any) []byte {
	switch v := v.(type) {
	case nil:
		return append(b, "null"...)
	case bool:
		return strconv.AppendBool(b, v)
	case string:
		return appendString(b, v)
	case float64:
		return appendFloat(b, v)
	case int:
		return strconv.AppendInt(b, int64(v), 10)
	case int64:
		return strconv.AppendInt(b, v, 10)
	case json.Number:
		return append(b, v...)
	case []any:
		b = append(b, '[')
		for i, e := range v {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendValue(b, e)
		}
		return append(b, ']')
	case []string:
		b = append(b, '[')
		for i, e := range v {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendString(b, e)
		}
		return append(b, ']')
	case map[string]any:
		return appendObject(b, v)
	}
	// Anything else (a type set by Go code rather than decoded JSON): let
	// encoding/json render it, then normalise through a decode.
	raw, err := json.Marshal(v)
	if err != nil {
		return append(b, "null"...)
	}
	var back any
	if json.Unmarshal(raw, &back) != nil {
		return append(b, "null"...)
	}
	return appendValue(b, back)
}

// appendObject appends a map with its keys sorted.
func appendObject(b []byte, m map[string]any) []byte {
	if len(m) == 1 {
		// Most span attributes are one key: no sorting, no allocation.
		for k, v := range m {
			b = append(b, '{')
			b = appendString(b, k)
			b = append(b, ": "...)
			b = appendValue(b, v)
			return append(b, '}')
		}
	}
	b = append(b, '{')
	for i, k := range sortedKeys(m) {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendString(b, k)
		b = append(b, ": "...)
		b = appendValue(b, m[k])
	}
	return append(b, '}')
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// object writes the members of one JSON object in the order they are added.
type object struct {
	b     []byte
	first bool
}

func beginObject(b []byte) object {
	return object{b: append(b, '{'), first: true}
}

func (o *object) key(k string) {
	if !o.first {
		o.b = append(o.b, ", "...)
	}
	o.first = false
	if plainToken(k) {
		// A key is a name of plain ASCII: no escape to look for.
		o.b = append(o.b, '"')
		o.b = append(o.b, k...)
		o.b = append(o.b, `": `...)
		return
	}
	o.b = appendString(o.b, k)
	o.b = append(o.b, ": "...)
}

func (o *object) str(k, v string) {
	o.key(k)
	o.b = appendString(o.b, v)
}

// optStr adds k only when v is not empty.
func (o *object) optStr(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *object) int(k string, v int) {
	o.key(k)
	o.b = appendInt(o.b, v)
}

// appendInt is strconv.AppendInt in base 10, with the offsets and ids an
// export is made of (under 10,000 mostly) written from a table of digit
// pairs: a Prodigy task has three numbers for each of a thousand tokens.
func appendInt(b []byte, v int) []byte {
	switch {
	case v < 0 || v >= 10000:
		return strconv.AppendInt(b, int64(v), 10)
	case v < 10:
		return append(b, byte('0'+v))
	case v < 100:
		return append(b, digitPairs[2*v], digitPairs[2*v+1])
	case v < 1000:
		hi, lo := v/100, v%100
		return append(b, byte('0'+hi), digitPairs[2*lo], digitPairs[2*lo+1])
	}
	hi, lo := v/100, v%100
	return append(b, digitPairs[2*hi], digitPairs[2*hi+1], digitPairs[2*lo], digitPairs[2*lo+1])
}

// digitPairs holds "00" to "99".
var digitPairs = func() (t [200]byte) {
	for i := range 100 {
		t[2*i], t[2*i+1] = byte('0'+i/10), byte('0'+i%10)
	}
	return t
}()

func (o *object) bool(k string, v bool) {
	o.key(k)
	o.b = strconv.AppendBool(o.b, v)
}

func (o *object) null(k string) {
	o.key(k)
	o.b = append(o.b, "null"...)
}

func (o *object) value(k string, v any) {
	o.key(k)
	o.b = appendValue(o.b, v)
}

// array adds k with a JSON array of n items, item i written by each.
func (o *object) array(k string, n int, each func(b []byte, i int) []byte) {
	o.key(k)
	o.b = append(o.b, '[')
	for i := 0; i < n; i++ {
		if i > 0 {
			o.b = append(o.b, ", "...)
		}
		o.b = each(o.b, i)
	}
	o.b = append(o.b, ']')
}

func (o *object) end() []byte {
	return append(o.b, '}')
}
