package store

import (
	"encoding/json"
	"testing"
)

// attrsJSON writes what json.Marshal writes, for the plain attributes it
// writes itself and for every kind it leaves to encoding/json.
func TestAttrsJSONIsJSONMarshal(t *testing.T) {
	for _, m := range []map[string]any{
		nil,
		{},
		{"canonical": "Ailsa Munro"},
		{"speaker_type": "person", "canonical": "Ailsa Munro", "lemma": "say"},
		{"canonical": "Zoë Ørsted-Łukasik", "b": "", "a": "x"},
		{"canonical": "Dr. \"Doc\" Reid"},    // a quote
		{"canonical": `back\slash`},          // a backslash
		{"canonical": "Marks & Spencer"},     // HTML characters are escaped
		{"canonical": "<b>"},                 //
		{"canonical": "line\nbreak\t"},       // control characters
		{"canonical": "sep\u2028arator"},     // JavaScript's line separator
		{"canonical": "bad \xff byte"},       // invalid UTF-8
		{"k&y": "v"},                         // a key that needs escaping
		{"n": 2.5, "canonical": "Treasurer"}, // not a string
		{"flag": true},                       //
		{"list": []any{"a", "b"}},            //
		{"a": "1", "b": "2", "c": "3", "d": "4", "e": "5", "f": "6", "g": "7", "h": "8", "i": "9"}, // more than it sorts itself
	} {
		want, err := json.Marshal(nonNil(m))
		if err != nil {
			t.Fatal(err)
		}
		got, err := attrsJSON(m)
		if err != nil || got != string(want) {
			t.Errorf("attrsJSON(%v) = %s, %v; json.Marshal %s", m, got, err, want)
		}
	}
}

func BenchmarkAttrsJSON(b *testing.B) {
	m := map[string]any{"canonical": "Ailsa Munro", "speaker_type": "person"}
	b.Run("attrsJSON", func(b *testing.B) {
		for b.Loop() {
			attrsJSON(m)
		}
	})
	b.Run("json.Marshal", func(b *testing.B) {
		for b.Loop() {
			json.Marshal(m)
		}
	})
}
