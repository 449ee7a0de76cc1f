package dataset

import (
	"encoding/json"
	"testing"
)

func TestAppendStringReadsBackAsTheSameText(t *testing.T) {
	tests := []struct {
		name, in, want string // want: the decoded text, when it differs from in
	}{
		{"ascii", `He said "no" \ then left`, ""},
		{"controls", "tab\tnew\nline\rbell\x07", ""},
		{"emoji, flag, CJK ext", "🚢🇳🇱 𠮷田食品", ""},
		{"combining accents", "He\u0301le\u0300ne", ""},
		{"line separators", "a\u2028b\u2029c", ""},
		{"invalid UTF-8 keeps one code point per bad byte", "ok\xffend\xc3", "ok\ufffdend\ufffd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got string
			raw := appendString(nil, tt.in)
			if err := json.Unmarshal(raw, &got); err != nil {
				t.Fatalf("%s is not JSON: %v", raw, err)
			}
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if got != want {
				t.Errorf("%s decodes to %q, want %q", raw, got, want)
			}
		})
	}
}
