package dataset

import (
	"bytes"
	"encoding/json"
)

// topKeys are the members of a line's top-level object by key, each value
// as the line has it (not copied): what parseLine decided the format by
// after decoding the whole line into a map of raw values, which copied
// every value (the article's text among them) only to look at a few keys
// before the format's own decoding read the line again. ok is false where
// the line is not valid JSON or not an object: the caller then decodes it
// as before, for the same error.
func topKeys(line []byte) (keys map[string]json.RawMessage, ok bool) {
	if !json.Valid(line) {
		return nil, false
	}
	return scanTopKeys(line)
}

// scanTopKeys is topKeys without checking that the line is valid JSON:
// on a valid line it finds the same keys and values; on another it may
// find some, or say ok false, but never reads past the line. The caller
// then decodes the line with a decoder that checks it (json.Unmarshal),
// so a newsmark line is scanned twice instead of three times.
func scanTopKeys(line []byte) (keys map[string]json.RawMessage, ok bool) {
	i := skipSpace(line, 0)
	if i >= len(line) || line[i] != '{' {
		return nil, false
	}
	keys = map[string]json.RawMessage{}
	i = skipSpace(line, i+1)
	if i >= len(line) {
		return nil, false
	}
	if line[i] == '}' {
		return keys, true
	}
	for {
		// A key, a colon, a value, then a comma or the end.
		if i >= len(line) || line[i] != '"' {
			return nil, false
		}
		end := stringEnd(line, i)
		if end > len(line) || end < i+2 || line[end-1] != '"' {
			return nil, false
		}
		key := string(line[i+1 : end-1])
		if bytes.IndexByte(line[i:end], '\\') >= 0 {
			if err := json.Unmarshal(line[i:end], &key); err != nil {
				return nil, false
			}
		}
		i = skipSpace(line, end)
		if i >= len(line) || line[i] != ':' {
			return nil, false
		}
		i = skipSpace(line, i+1) // past the colon
		if i >= len(line) {
			return nil, false
		}
		start := i
		i = valueEnd(line, i)
		if i > len(line) {
			return nil, false
		}
		keys[key] = line[start:i:i]
		i = skipSpace(line, i)
		if i >= len(line) {
			return nil, false
		}
		switch line[i] {
		case '}':
			return keys, true
		case ',':
		default:
			return nil, false
		}
		i = skipSpace(line, i+1) // past the comma
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd is the index after the string that begins at b[i] ('"').
func stringEnd(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return i
}

// valueEnd is the index after the valid JSON value that begins at b[i].
func valueEnd(b []byte, i int) int {
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				i = stringEnd(b, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return i
	}
	for i < len(b) {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}
