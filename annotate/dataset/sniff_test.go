package dataset

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// topKeys finds the keys and values a decode into a map of raw values
// finds, on invented lines with nesting, escapes in keys and strings,
// spaces everywhere, repeated keys (the last wins) and values of every
// kind; and declines what is not a valid object, so the caller's decode
// gives its error.
func TestTopKeysAsMapDecode(t *testing.T) {
	lines := []string{
		`{}`,
		` { } `,
		`{"text":"A harbour \"quote\" \\ here","meta":{"schema":"newsmark/1","n":[1,{"a":"}"}]}}`,
		"{\n\t\"spans\" : [ {\"id\":\"s1\",\"text\":\"]}\"} ] ,\r\n\"data\":null }\n",
		`{"te\u0078t":"escaped key","tokens":[],"n":-1.5e3,"t":true,"f":false}`,
		`{"label":"x","label":"y","cats":{"A":1}}`,
		`{"a":{"b":{"c":[[[]]]}},"z":"\u00e9\ud83c\udf27"}`,
		`{"spans":"not a list","entities":0}`,
		`{"key with \"quotes\"":1,"":2}`,
	}
	for _, line := range lines {
		var want map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &want); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		got, ok := topKeys([]byte(line))
		if !ok {
			t.Errorf("%s: declined", line)
			continue
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d keys, want %d", line, len(got), len(want))
		}
		for k, v := range want {
			if g, has := got[k]; !has || !bytes.Equal(g, v) {
				t.Errorf("%s: key %q is %q, want %q", line, k, g, v)
			}
		}
	}
	for _, bad := range []string{``, `null`, `[1,2]`, `"text"`, `{"text":"a"`, `{"text":"a"}x`, `{"text" "a"}`, `{'text':'a'}`} {
		if keys, ok := topKeys([]byte(bad)); ok {
			t.Errorf("%q: accepted as %v", bad, keys)
		}
	}
}

// scanTopKeys, which does not check the line first, finds what topKeys
// finds on a valid line, never reads past a line cut anywhere, and a bad
// line that looks like a newsmark record is reported as topKeys's caller
// reported it (not a JSON object), whatever its decoding made of it.
func TestScanTopKeysUnchecked(t *testing.T) {
	line := `{"id":"a\"1","text":"Hi \\ there","meta":{"schema":"newsmark/1","title":"x"},"spans":[{"id":"s1","start":0,"end":2,"label":"CLAIM"}]}`
	want, _ := topKeys([]byte(line))
	got, ok := scanTopKeys([]byte(line))
	if !ok || len(got) != len(want) {
		t.Fatalf("scanTopKeys: %v %v, want %v", got, ok, want)
	}
	for k, v := range want {
		if !bytes.Equal(got[k], v) {
			t.Errorf("key %q: %q, want %q", k, got[k], v)
		}
	}
	for cut := range len(line) {
		scanTopKeys([]byte(line[:cut])) // must not panic
		recs, probs := parseLine([]byte(line[:cut]), "f:1", ReadOptions{})
		if len(recs) != 0 || len(probs) != 1 || !strings.HasPrefix(probs[0].Error(), "not a JSON object") {
			t.Fatalf("cut at %d: %v %v", cut, recs, probs)
		}
	}
	for _, bad := range []string{`{"a":1 "b":2}`, `{"a"}`, `{"a":}`, `{"a":1,}`, `{"\`, `{"a":"\`, `{"a":[1,"\`} {
		scanTopKeys([]byte(bad))
	}
}
