package annotate

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

func TestRuneLenAndSlice(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		start, end int
		wantLen    int
		want       string
	}{
		{"ascii", "Peskov said.", 0, 6, 12, "Peskov"},
		{"em dash dateline", "MOSCOW — The Kremlin", 9, 20, 20, "The Kremlin"},
		{"precomposed accent", "José Núñez dijo", 5, 10, 15, "Núñez"},
		{"combining accent counts two code points", "Jose\u0301 said", 0, 5, 10, "Jose\u0301"},
		{"cjk", "北京市政府表示", 0, 3, 7, "北京市"},
		{"emoji is one code point", "ok 😀 fine", 3, 4, 9, "😀"},
		{"flag is two code points", "🇫🇷 Paris", 0, 2, 8, "🇫🇷"},
		{"end clamped", "abc", 1, 99, 3, "bc"},
		{"negative start clamped", "abc", -4, 2, 3, "ab"},
		{"start after end is empty", "abc", 2, 1, 3, ""},
		{"start at end is empty", "abc", 3, 5, 3, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RuneLen(tt.text); got != tt.wantLen {
				t.Errorf("RuneLen(%q) = %d, want %d", tt.text, got, tt.wantLen)
			}
			if got := Slice(tt.text, tt.start, tt.end); got != tt.want {
				t.Errorf("Slice(%q, %d, %d) = %q, want %q", tt.text, tt.start, tt.end, got, tt.want)
			}
			if got := NewIndex(tt.text).Slice(tt.start, tt.end); got != tt.want {
				t.Errorf("Index.Slice(%d, %d) = %q, want %q", tt.start, tt.end, got, tt.want)
			}
		})
	}
}

func TestIndexConversions(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		cp        int // a code-point offset
		wantUTF8  int
		wantUTF16 int
	}{
		{"ascii is identity", "The Kremlin said", 4, 4, 4},
		{"after em dash", "MOSCOW — The", 9, 11, 9},
		{"after precomposed é", "José said", 4, 5, 4},
		{"after combining acute", "Jose\u0301 said", 5, 6, 5},
		{"after cjk", "北京 said", 2, 6, 2},
		{"after emoji", "😀 wow", 1, 4, 2},
		{"after flag", "🇫🇷 Paris", 2, 8, 4},
		{"between flag halves", "🇫🇷 Paris", 1, 4, 2},
		{"after zwj family", "👨\u200d👩\u200d👧 x", 5, 18, 8},
		{"end of text", "a😀b", 3, 6, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := NewIndex(tt.text)
			if got := x.UTF8(tt.cp); got != tt.wantUTF8 {
				t.Errorf("UTF8(%d) = %d, want %d", tt.cp, got, tt.wantUTF8)
			}
			if got := x.UTF16(tt.cp); got != tt.wantUTF16 {
				t.Errorf("UTF16(%d) = %d, want %d", tt.cp, got, tt.wantUTF16)
			}
			if got, ok := x.FromUTF8(tt.wantUTF8); got != tt.cp || !ok {
				t.Errorf("FromUTF8(%d) = %d, %v; want %d, true", tt.wantUTF8, got, ok, tt.cp)
			}
			if got, ok := x.FromUTF16(tt.wantUTF16); got != tt.cp || !ok {
				t.Errorf("FromUTF16(%d) = %d, %v; want %d, true", tt.wantUTF16, got, ok, tt.cp)
			}
		})
	}
}

func TestIndexRejectsOffsetsInsideCharacters(t *testing.T) {
	x := NewIndex("a😀é")
	tests := []struct {
		name   string
		conv   func(int) (int, bool)
		off    int
		wantCP int
		wantOK bool
	}{
		{"utf16 between surrogates", x.FromUTF16, 2, 1, false},
		{"utf16 after pair", x.FromUTF16, 3, 2, true},
		{"utf8 inside emoji", x.FromUTF8, 3, 1, false},
		{"utf8 inside é", x.FromUTF8, 6, 2, false},
		{"utf8 past end", x.FromUTF8, 99, 3, false},
		{"utf16 negative", x.FromUTF16, -1, 0, false},
		{"utf16 end", x.FromUTF16, 4, 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cp, ok := tt.conv(tt.off)
			if cp != tt.wantCP || ok != tt.wantOK {
				t.Errorf("got %d, %v; want %d, %v", cp, ok, tt.wantCP, tt.wantOK)
			}
		})
	}
}

// TestIndexAgreesWithStdlib checks every code-point boundary of mixed texts
// against a straightforward conversion through []rune and utf16.Encode.
func TestIndexAgreesWithStdlib(t *testing.T) {
	texts := []string{
		"",
		"plain ASCII headline",
		"MOSCOW — «Ça suffit», a déclaré Zoë Bråten 🇳🇴 — 東京 🙂\u0301 end",
		strings.Repeat("a🇪🇺é北", 50),
	}
	for _, text := range texts {
		x := NewIndex(text)
		runes := []rune(text)
		if x.Len() != len(runes) {
			t.Fatalf("Len = %d, want %d", x.Len(), len(runes))
		}
		if x.UTF16Len() != len(utf16.Encode(runes)) {
			t.Fatalf("UTF16Len = %d, want %d", x.UTF16Len(), len(utf16.Encode(runes)))
		}
		for cp := 0; cp <= len(runes); cp++ {
			wantB := len(string(runes[:cp]))
			wantU := len(utf16.Encode(runes[:cp]))
			if got := x.UTF8(cp); got != wantB {
				t.Fatalf("%q: UTF8(%d) = %d, want %d", text, cp, got, wantB)
			}
			if got := x.UTF16(cp); got != wantU {
				t.Fatalf("%q: UTF16(%d) = %d, want %d", text, cp, got, wantU)
			}
			if back, ok := x.FromUTF16(wantU); back != cp || !ok {
				t.Fatalf("%q: FromUTF16(%d) = %d, %v, want %d", text, wantU, back, ok, cp)
			}
		}
	}
}

// benchText is an article-sized text with accents, a flag and an emoji late
// in it, so UTF-16 offsets drift from code points.
func benchText() string {
	var b strings.Builder
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "Paragraph %d: the minister, José Núñez, said the plan «would work» 🇪🇸 and posted 🙂.\n\n", i)
	}
	return b.String()
}

// naiveUTF16 converts a code-point offset the way code without an index
// would: by walking the text up to it (no allocation).
func naiveUTF16(text string, cp int) int {
	u, n := 0, 0
	for _, r := range text {
		if n == cp {
			break
		}
		u += utf16.RuneLen(r)
		n++
	}
	return u
}

var (
	naiveOnce sync.Once
	naiveNs   float64
)

// BenchmarkExportOffsets converts the start and end of 1,000 spans to UTF-16
// offsets, as an export in offset_unit utf16 does, and reports the speed-up
// over converting each offset by rescanning the text (measured in the same run).
func BenchmarkExportOffsets(b *testing.B) {
	text := benchText()
	n := RuneLen(text)
	offsets := make([]int, 2000)
	for i := range offsets {
		offsets[i] = (i * 7919) % n
	}
	naiveOnce.Do(func() {
		const rounds = 20
		start := time.Now()
		for i := 0; i < rounds; i++ {
			sum := 0
			for _, cp := range offsets {
				sum += naiveUTF16(text, cp)
			}
			_ = sum
		}
		naiveNs = float64(time.Since(start).Nanoseconds()) / rounds
	})
	b.ResetTimer()
	for b.Loop() {
		x := NewIndex(text) // built once per document, so it is in the cost
		sum := 0
		for _, cp := range offsets {
			sum += x.UTF16(cp)
		}
		_ = sum
	}
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(naiveNs, "baseline-ns/op")
	b.ReportMetric(naiveNs/perOp, "x-faster")
	// An export of 1,000,000 spans converts 2,000,000 offsets.
	b.ReportMetric(perOp/float64(len(offsets))*2e6/1e6, "ms/1M-spans")
}

// BenchmarkIndexSlice compares Index.Slice with the scanning Slice for span
// texts, the other per-span cost of an export.
func BenchmarkIndexSlice(b *testing.B) {
	text := benchText()
	n := RuneLen(text)
	start := time.Now()
	const baseRounds = 200
	for i := 0; i < baseRounds; i++ {
		for j := 0; j < 100; j++ {
			s := (j * 131) % (n - 40)
			_ = Slice(text, s, s+40)
		}
	}
	baseNs := float64(time.Since(start).Nanoseconds()) / baseRounds
	x := NewIndex(text)
	b.ResetTimer()
	for b.Loop() {
		for j := 0; j < 100; j++ {
			s := (j * 131) % (n - 40)
			_ = x.Slice(s, s+40)
		}
	}
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(baseNs, "baseline-ns/op")
	b.ReportMetric(baseNs/perOp, "x-faster")
}

// RuneLen counts as utf8.RuneCountInString does, bad UTF-8 included, on
// texts whose runs of ASCII begin and end at every offset.
func TestRuneLenAsRuneCount(t *testing.T) {
	pieces := []string{"a", "plain words", "é", "漢", "🌧", "\xff", "\xe2\x82", "\xf0\x9f\x98", "–", " "}
	rng := rand.New(rand.NewSource(3))
	for range 2000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := RuneLen(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("RuneLen(%q) = %d, want %d", s, got, want)
		}
	}
}
