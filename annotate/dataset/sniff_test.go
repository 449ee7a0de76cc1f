package dataset

import (
	"bytes"
	"encoding/json"
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
