package app

import (
	"strings"
	"testing"
	"unicode"

	"newsmark/annotate"
)

// gridMeasurer is a fake textMeasurer: a code point is 10 units wide (20 in
// the headline), combining marks, joiners and variation selectors are 0, a
// regional indicator is 5 (so a flag is 10); a line is 20 units tall (30 in
// the headline).
type gridMeasurer struct{ calls int }

func (m *gridMeasurer) advance(r rune, k paraKind) float32 {
	m.calls++
	w := float32(10)
	switch {
	case unicode.Is(unicode.Mn, r) || r == 0x200D || r == 0xFE0F:
		w = 0
	case r >= 0x1F1E6 && r <= 0x1F1FF:
		w = 5
	}
	if k == paraHeadline {
		w *= 2
	}
	return w
}

func (m *gridMeasurer) offsets(s string, k paraKind) []float32 {
	xs := []float32{0}
	for _, r := range s {
		xs = append(xs, xs[len(xs)-1]+m.advance(r, k))
	}
	return xs
}

func (m *gridMeasurer) lineHeight(k paraKind) float32 {
	if k == paraHeadline {
		return 30
	}
	return 20
}

// lineTexts is the text of each line of l.
func lineTexts(l *textLayout) []string {
	var out []string
	for _, ln := range l.lines {
		out = append(out, l.slice(ln.start, ln.end))
	}
	return out
}

func TestTextLayoutWrap(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		width float32
		want  []string
	}{
		{"fits on one line", "Talks resume", 200, []string{"Talks resume"}},
		{"breaks before the word that overflows", "The quick brown fox jumps", 100,
			[]string{"The quick ", "brown fox ", "jumps"}},
		{"spaces hang past the edge", "aaaa bbbb", 40, []string{"aaaa ", "bbbb"}},
		{"a word wider than the column is cut", "Unprecedentedly calm", 60,
			[]string{"Unprec", "edente", "dly ", "calm"}},
		{"an emoji is never cut in half", "ab👩‍👩‍👧cd", 30, []string{"ab", "👩‍👩‍👧", "cd"}},
		{"each newline starts a paragraph", "One\nTwo", 200, []string{"One", "Two"}},
		{"a blank line is an empty line", "One\n\nTwo", 200, []string{"One", "", "Two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newTextLayout(tt.text, nil, &gridMeasurer{})
			l.wrap(tt.width)
			got := lineTexts(l)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTextLayoutParagraphKindsAndSpacing(t *testing.T) {
	text := "Ports reopen\n\nShips wait offshore.\n\nROTTERDAM — Cranes moved again."
	zones := []annotate.Zone{
		{Zone: annotate.ZoneHeadline, Start: 0, End: 12},
		{Zone: annotate.ZoneDek, Start: 14, End: 34},
		{Zone: annotate.ZoneDateline, Start: 36, End: 48},
		{Zone: annotate.ZoneBody, Start: 36, End: 67},
	}
	l := newTextLayout(text, zones, &gridMeasurer{})
	l.wrap(1000)
	tests := []struct {
		line int
		kind paraKind
		y, h float32
	}{
		{0, paraHeadline, 0, 30},
		{1, paraBody, 30, 12}, // blank line: 0.6 of a body line
		{2, paraDek, 42, 20},
		{3, paraBody, 62, 12},
		{4, paraBody, 74, 20}, // the dateline is set as body text
	}
	for _, tt := range tests {
		ln := l.lines[tt.line]
		if k := l.paras[ln.para].kind; k != tt.kind || ln.y != tt.y || ln.height != tt.h {
			t.Errorf("line %d %q: kind %d y %v h %v, want kind %d y %v h %v",
				tt.line, l.slice(ln.start, ln.end), k, ln.y, ln.height, tt.kind, tt.y, tt.h)
		}
	}
	if l.height != 94 {
		t.Errorf("height = %v, want 94", l.height)
	}
}

func TestTextLayoutRewrapMatchesFreshWrap(t *testing.T) {
	text := "Grain exports rose sharply in May.\n\nTraders said the corridor held, " +
		"though insurers still priced every voyage as a risk.\nShort line."
	widths := []float32{400, 120, 1000, 60, 333, 400}
	l := newTextLayout(text, nil, &gridMeasurer{})
	for _, w := range widths {
		l.wrap(w)
		fresh := newTextLayout(text, nil, &gridMeasurer{})
		fresh.wrap(w)
		if a, b := strings.Join(lineTexts(l), "|"), strings.Join(lineTexts(fresh), "|"); a != b {
			t.Errorf("width %v: re-wrapped %q, fresh %q", w, a, b)
		}
		if l.height != fresh.height {
			t.Errorf("width %v: height %v, fresh %v", w, l.height, fresh.height)
		}
	}
}

func TestTextLayoutRewrapMeasuresNothingNew(t *testing.T) {
	text := strings.Repeat("The ministry said talks would resume on Monday. ", 50)
	m := &gridMeasurer{}
	l := newTextLayout(text, nil, m)
	l.wrap(500)
	before := m.calls
	l.wrap(300)
	l.wrap(700)
	if m.calls != before {
		t.Errorf("re-wrap measured %d more strings; words should be measured once", m.calls-before)
	}
}

func TestTextLayoutGeometry(t *testing.T) {
	// "Hi 🇺🇦 e\u0301té": the flag is 2 code points, e+combining acute is 2.
	text := "Hi 🇺🇦 e\u0301té ok"
	l := newTextLayout(text, nil, &gridMeasurer{})
	l.wrap(1000)
	// Clusters: H i ␠ 🇺🇦 ␠ é t é ␠ o k -> code points 0 1 2 3-4 5 6-7 8 9 10 11 12
	xs := []struct {
		offset int
		x      float32
	}{{0, 0}, {2, 20}, {3, 30}, {5, 40}, {6, 50}, {8, 60}, {13, 110}}
	for _, tt := range xs {
		if got := l.xAt(0, tt.offset); got != tt.x {
			t.Errorf("xAt(%d) = %v, want %v", tt.offset, got, tt.x)
		}
	}
	hits := []struct {
		name       string
		x, y       float32
		caret, chr int
	}{
		{"left half of H", 3, 5, 0, 0},
		{"right half of i", 17, 5, 2, 1},
		{"left half of the flag", 32, 5, 3, 3},
		{"right half of the flag", 38, 5, 5, 3},
		{"right half of accented e", 57, 5, 8, 6},
		{"past the line end", 500, 5, 13, -1},
		{"left of the text", -4, 5, 0, -1},
		{"below the text", 10, 99, 13, -1},
	}
	for _, tt := range hits {
		if got := l.offsetAt(tt.x, tt.y); got != tt.caret {
			t.Errorf("%s: offsetAt = %d, want %d", tt.name, got, tt.caret)
		}
		if got := l.charAt(tt.x, tt.y); got != tt.chr {
			t.Errorf("%s: charAt = %d, want %d", tt.name, got, tt.chr)
		}
	}
}

func TestTextLayoutHitTestOnWrappedLines(t *testing.T) {
	l := newTextLayout("The quick brown fox jumps", nil, &gridMeasurer{})
	l.wrap(100) // "The quick " / "brown fox " / "jumps"
	tests := []struct {
		x, y float32
		want int
	}{
		{0, 25, 10},  // start of line 2
		{21, 25, 12}, // "br|own"
		{14, 45, 21}, // "j|umps"
		{95, 5, 10},  // end of line 1, after its hanging space
	}
	for _, tt := range tests {
		if got := l.offsetAt(tt.x, tt.y); got != tt.want {
			t.Errorf("offsetAt(%v, %v) = %d, want %d", tt.x, tt.y, got, tt.want)
		}
	}
	if li := l.lineOf(10); li != 1 {
		t.Errorf("lineOf(10) = %d, want 1 (a wrap point belongs to the line it starts)", li)
	}
}

func TestTextLayoutSnapping(t *testing.T) {
	family := "👩‍👩‍👧" // 5 code points, one cluster
	text := "a" + family + "b 🇫🇷 e\u0301"
	l := newTextLayout(text, nil, &gridMeasurer{})
	// a=0, family 1..5, b=6, ␠=7, flag 8-9, ␠=10, e=11 ◌́=12, end 13
	tests := []struct {
		offset, back, forward, next, prev int
	}{
		{0, 0, 0, 1, 0},
		{1, 1, 1, 6, 0},
		{3, 1, 6, 6, 1},
		{6, 6, 6, 7, 1},
		{9, 8, 10, 10, 8},
		{12, 11, 13, 13, 11},
		{13, 13, 13, 13, 11},
	}
	for _, tt := range tests {
		if got := l.snapBack(tt.offset); got != tt.back {
			t.Errorf("snapBack(%d) = %d, want %d", tt.offset, got, tt.back)
		}
		if got := l.snapForward(tt.offset); got != tt.forward {
			t.Errorf("snapForward(%d) = %d, want %d", tt.offset, got, tt.forward)
		}
		if got := l.nextCluster(tt.offset); got != tt.next {
			t.Errorf("nextCluster(%d) = %d, want %d", tt.offset, got, tt.next)
		}
		if got := l.prevCluster(tt.offset); got != tt.prev {
			t.Errorf("prevCluster(%d) = %d, want %d", tt.offset, got, tt.prev)
		}
	}
}

func TestTextLayoutWords(t *testing.T) {
	text := "The Kremlin's aide said: \"talks, 3.5 hours\".\n\nNext day"
	l := newTextLayout(text, nil, &gridMeasurer{})
	words := []struct {
		offset     int
		start, end int
		word       string
	}{
		{5, 4, 13, "Kremlin's"},
		{0, 0, 3, "The"},
		{3, 3, 4, " "},
		{33, 33, 36, "3.5"},
		{46, 46, 50, "Next"},
	}
	for _, tt := range words {
		s, e := l.wordAt(tt.offset)
		if s != tt.start || e != tt.end || l.slice(s, e) != tt.word {
			t.Errorf("wordAt(%d) = [%d,%d) %q, want [%d,%d) %q", tt.offset, s, e, l.slice(s, e), tt.start, tt.end, tt.word)
		}
	}
	steps := []struct {
		offset, nextEnd, prevStart int
	}{
		{0, 3, 0},
		{3, 13, 0},
		{4, 13, 0},
		{13, 18, 4},
		{43, 50, 37}, // from the closing quote on to "Next" across the blank line
		{46, 50, 37}, // back from "Next" to "hours"
		{54, 54, 51}, // the end of the document
	}
	for _, tt := range steps {
		if got := l.nextWordEnd(tt.offset); got != tt.nextEnd {
			t.Errorf("nextWordEnd(%d) = %d, want %d", tt.offset, got, tt.nextEnd)
		}
		if got := l.prevWordStart(tt.offset); got != tt.prevStart {
			t.Errorf("prevWordStart(%d) = %d, want %d", tt.offset, got, tt.prevStart)
		}
	}
}

func TestTextLayoutSnapToWords(t *testing.T) {
	text := "Mayor Inés Peña said: \"Cafés close at 3.30 p.m.\"\n\nNext paragraph"
	l := newTextLayout(text, nil, &gridMeasurer{})
	idx := func(sub string) int { return runeIndex(t, text, sub) }
	tests := []struct {
		name       string
		start, end int
		want       [2]int
	}{
		{"word edges stay", idx("Inés"), idx("Inés") + 4, [2]int{idx("Inés"), idx("Inés") + 4}},
		{"mid-word start widens", idx("nés"), idx("Peña") + 4, [2]int{idx("Inés"), idx("Peña") + 4}},
		{"mid-word end widens", idx("Inés"), idx("Peña") + 2, [2]int{idx("Inés"), idx("Peña") + 4}},
		{"reversed range", idx("Peña") + 2, idx("nés"), [2]int{idx("Inés"), idx("Peña") + 4}},
		{"accented word kept whole", idx("afés"), idx("close") + 2, [2]int{idx("Cafés"), idx("close") + 5}},
		{"a number with a point is one word", idx("30"), idx("30") + 1, [2]int{idx("3.30"), idx("3.30") + 4}},
		{"punctuation at the edges stays as it is", idx("said:") + 4, idx("\"Cafés") + 1, [2]int{idx("said:") + 4, idx("\"Cafés") + 1}},
		{"empty stays empty", idx("said"), idx("said"), [2]int{idx("said"), idx("said")}},
		{"across paragraphs", idx("m.\"") + 1, idx("Next") + 2, [2]int{idx("m.\"") + 1, idx("Next") + 4}},
	}
	for _, tt := range tests {
		s, e := l.snapToWords(tt.start, tt.end)
		if [2]int{s, e} != tt.want {
			t.Errorf("%s: snapToWords(%d, %d) = (%d, %d) %q, want %v %q", tt.name, tt.start, tt.end, s, e,
				string([]rune(text)[s:e]), tt.want, string([]rune(text)[tt.want[0]:tt.want[1]]))
		}
	}
}
