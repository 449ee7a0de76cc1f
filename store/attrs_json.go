package store

import (
	"encoding/json"
	"slices"
	"strings"
	"unicode/utf8"
)

// attrsJSON is json.Marshal of a span's attributes (nil as {}), byte for
// byte, made without reflection when every value is a string that needs
// no escaping other than what it writes itself: a suggester's spans carry
// a few such attributes each ("canonical", "speaker_type", "lemma"), and
// json.Marshal of a map was a third of making a batch's rows ready.
func attrsJSON(m map[string]any) (string, error) {
	if len(m) == 0 {
		return "{}", nil
	}
	var keys [8]string
	if len(m) > len(keys) {
		return marshalAttrs(m)
	}
	n, size := 0, 2
	for k, v := range m {
		s, ok := v.(string)
		if !ok || !plainJSON(k) || !plainJSON(s) {
			return marshalAttrs(m)
		}
		keys[n] = k
		n++
		size += len(k) + len(s) + 6
	}
	slices.Sort(keys[:n])
	var out strings.Builder
	out.Grow(size)
	out.WriteByte('{')
	for i, k := range keys[:n] {
		if i > 0 {
			out.WriteByte(',')
		}
		out.WriteByte('"')
		out.WriteString(k)
		out.WriteString(`":"`)
		out.WriteString(m[k].(string))
		out.WriteByte('"')
	}
	out.WriteByte('}')
	return out.String(), nil
}

func marshalAttrs(m map[string]any) (string, error) {
	b, err := json.Marshal(m)
	return string(b), err
}

// plainJSON reports whether encoding/json writes s as itself between
// quotes: valid UTF-8 with no control character, quote, backslash, HTML
// character (<, > and & are escaped) or line or paragraph separator.
func plainJSON(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			return false
		}
		i += size
	}
	return true
}
