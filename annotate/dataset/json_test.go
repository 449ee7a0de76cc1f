package dataset

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
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

// TestAppendStringAtEveryAlignment puts each character that needs care at
// every position of an eight-byte word, so the word-at-a-time fast path
// cannot skip one.
func TestAppendStringAtEveryAlignment(t *testing.T) {
	specials := []string{"\"", "\\", "\n", "\x01", "\u2028", "\u2029", "—", "é", "🚢", "\x7f"}
	for _, sp := range specials {
		for pad := 0; pad < 17; pad++ {
			in := strings.Repeat("a", pad) + sp + strings.Repeat("b", 17-pad) + sp
			var got string
			raw := appendString(nil, in)
			if err := json.Unmarshal(raw, &got); err != nil {
				t.Fatalf("%q at %d: %s is not JSON: %v", sp, pad, raw, err)
			}
			if got != in {
				t.Errorf("%q at %d: decodes to %q", sp, pad, got)
			}
			if (sp == "\u2028" || sp == "\u2029") && strings.Contains(string(raw), sp) {
				t.Errorf("%q at %d was not escaped: %s", sp, pad, raw)
			}
		}
	}
}

// BenchmarkAppendString escapes a 5 KB article and reports its speed
// against encoding/json's string encoder (without HTML escaping, the same
// output), measured in the same run.
func BenchmarkAppendString(b *testing.B) {
	text := strings.Repeat("The port authority said on Monday that berthing fees would rise by 6 percent — \"we held prices\", it said. ", 50)
	var buf []byte
	var base bytes.Buffer
	enc := json.NewEncoder(&base)
	enc.SetEscapeHTML(false)
	b.SetBytes(int64(len(text)))
	var ours, theirs time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		buf = appendString(buf[:0], text)
		t1 := time.Now()
		base.Reset()
		enc.Encode(text)
		ours += t1.Sub(t0)
		theirs += time.Since(t1)
	}
	if !bytes.Equal(append(buf, '\n'), base.Bytes()) {
		b.Fatalf("output differs from encoding/json's")
	}
	b.ReportMetric(float64(len(text))*float64(b.N)/ours.Seconds()/1e6, "MB/s-ours")
	b.ReportMetric(theirs.Seconds()/ours.Seconds(), "x-faster-than-encoding/json")
}

func TestAppendIntWritesWhatStrconvWrites(t *testing.T) {
	for _, v := range []int{0, 7, 9, 10, 42, 99, 100, 101, 999, 1000, 1009, 4096, 9999, 10000, 123456, -1, -250} {
		if got, want := string(appendInt([]byte("x"), v)), "x"+strconv.Itoa(v); got != want {
			t.Errorf("appendInt(%d) = %q, want %q", v, got, want)
		}
	}
}

// appendStringByteByByte is appendString as it was before it took eight
// plain bytes at a time: the reference its output must equal.
func appendStringByteByByte(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
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

// appendString takes eight plain bytes at a time; its output is the same
// as reading every byte, for text mixing plain ASCII with what must be
// escaped or decoded at every position.
func TestAppendStringSkipsOnlyPlainBytes(t *testing.T) {
	pieces := []string{"a", "Port report ", "\"", "\\", "\n", "\t", "\x01", "\x1f", "\x7f", " ", "~", "é", "—", "\u2028", "\xff", "🇺🇦", "  "}
	rng := rand.New(rand.NewSource(2))
	for range 5000 {
		var sb strings.Builder
		for range rng.Intn(30) {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := sb.String()
		if got, want := string(appendString(nil, s)), string(appendStringByteByByte(nil, s)); got != want {
			t.Fatalf("%q: wrote %s, want %s", s, got, want)
		}
	}
}
