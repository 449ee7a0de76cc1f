package app

import (
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"newsmark/annotate"
)

// This file holds the article view's text geometry: greedy word wrap over
// code-point offsets, line positions, x-of-offset and offset-at-point, word
// and grapheme-cluster boundaries. It draws nothing and knows no canvas: the
// widget hands it a textMeasurer, tests hand it a fake one.

// paraKind says how a paragraph is set.
type paraKind uint8

// Paragraph kinds: body text, the headline (larger, bold) and the standfirst
// (italic, muted).
const (
	paraBody paraKind = iota
	paraHeadline
	paraDek
	paraKinds
)

// textMeasurer measures text as the view draws it.
type textMeasurer interface {
	// advance is the width of code point r alone in kind's face. Wrapping
	// sums these: it ignores kerning, which moves a line end by a pixel or
	// two at most, and needs no shaping of words that are never shown.
	advance(r rune, kind paraKind) float32
	// offsets is the x of each code-point boundary of s as drawn in kind's
	// face: len([]rune(s))+1 values, never decreasing. s is a word, or a
	// whole line that may need fallback fonts.
	offsets(s string, kind paraKind) []float32
	// lineHeight is the height of one line set in kind's face.
	lineHeight(kind paraKind) float32
}

// textLine is one visual line: a slice of one paragraph at one wrap width.
type textLine struct {
	start, end int // code points [start, end); the paragraph's newline is not in it
	para       int
	y, height  float32
}

// textParagraph is one newline-separated paragraph and the lines it wrapped
// into at wrapWidth.
type textParagraph struct {
	start, end int
	kind       paraKind
	natural    float32 // width on a single line; -1 until known
	wrapWidth  float32
	lines      []textLine // y is relative to the paragraph's top
	clusters   []int      // grapheme-cluster starts plus end; nil when every code point is one
	clustered  bool       // clusters has been worked out
}

// textLayout is the wrap model of one document.
type textLayout struct {
	runes   []rune
	paras   []textParagraph
	lines   []textLine // all visual lines at width, in order
	width   float32
	height  float32
	measure textMeasurer
	// xs caches offsets() of the lines that have been drawn or hit-tested,
	// by line start; a new wrap width clears it.
	xs map[int][]float32
	// ascii caches advances of code points below 128, the bulk of the text.
	ascii [paraKinds][128]float32
}

// blankLineFactor is the height of an empty line (a blank line between
// paragraphs) relative to a body line: enough to read as paragraph spacing
// without wasting a full line.
const blankLineFactor = 0.6

// newTextLayout splits text into paragraphs and gives each the kind of the
// zone its first code point lies in. Nothing is measured until wrap.
func newTextLayout(text string, zones []annotate.Zone, m textMeasurer) *textLayout {
	l := &textLayout{measure: m, width: -1, xs: map[int][]float32{}}
	l.runes = []rune(text)
	paraStart := 0
	for n, r := range l.runes {
		if r == '\n' {
			l.paras = append(l.paras, textParagraph{start: paraStart, end: n, natural: -1})
			paraStart = n + 1
		}
	}
	l.paras = append(l.paras, textParagraph{start: paraStart, end: len(l.runes), natural: -1})
	for i := range l.paras {
		l.paras[i].kind = kindAt(zones, l.paras[i].start)
	}
	for k := range l.ascii {
		for r := range l.ascii[k] {
			l.ascii[k][r] = -1
		}
	}
	return l
}

// kindAt is the paragraph kind of the zone holding offset.
func kindAt(zones []annotate.Zone, offset int) paraKind {
	for _, z := range zones {
		if offset < z.Start || offset >= z.End {
			continue
		}
		switch z.Zone {
		case annotate.ZoneHeadline:
			return paraHeadline
		case annotate.ZoneDek:
			return paraDek
		}
	}
	return paraBody
}

// runeCount is the number of code points in the document.
func (l *textLayout) runeCount() int { return len(l.runes) }

// slice is the document text of code points [start, end).
func (l *textLayout) slice(start, end int) string {
	return string(l.runes[start:end])
}

// clamp limits offset to the document.
func (l *textLayout) clamp(offset int) int {
	return max(0, min(offset, l.runeCount()))
}

// advance is r's width in kind's face, cached for ASCII.
func (l *textLayout) advance(r rune, k paraKind) float32 {
	if r < 128 {
		if w := l.ascii[k][r]; w >= 0 {
			return w
		}
		w := l.measure.advance(r, k)
		l.ascii[k][r] = w
		return w
	}
	return l.measure.advance(r, k)
}

// wrap lays the document out at width (the text column, without padding).
// A paragraph that fitted on one line at its last width and still fits
// keeps its line, and the rest is arithmetic over cached advances, so
// re-wrapping after a resize is cheap. It reports whether the lines changed.
func (l *textLayout) wrap(width float32) bool {
	if width < 1 {
		width = 1
	}
	if width == l.width && l.lines != nil {
		return false
	}
	l.width = width
	l.lines = l.lines[:0]
	clear(l.xs)
	y := float32(0)
	for i := range l.paras {
		p := &l.paras[i]
		l.wrapParagraph(i, width)
		for _, ln := range p.lines {
			ln.y += y
			l.lines = append(l.lines, ln)
		}
		last := p.lines[len(p.lines)-1]
		y += last.y + last.height
	}
	l.height = y
	return true
}

// wrapParagraph breaks paragraph i into lines at width, greedily: a line
// breaks after the last run of spaces that still fits, spaces hang at the
// end of a line, and a word wider than the column is cut at a
// grapheme-cluster boundary.
func (l *textLayout) wrapParagraph(i int, width float32) {
	p := &l.paras[i]
	h := l.measure.lineHeight(p.kind)
	if p.start == p.end {
		p.lines = append(p.lines[:0], textLine{start: p.start, end: p.end, para: i,
			height: l.measure.lineHeight(paraBody) * blankLineFactor})
		p.wrapWidth = width
		return
	}
	if p.lines != nil && p.natural >= 0 && p.natural <= width && p.natural <= p.wrapWidth {
		p.wrapWidth = width // one line before and after: nothing moves
		return
	}
	p.wrapWidth = width
	p.lines = p.lines[:0]
	emit := func(start, end int) {
		p.lines = append(p.lines, textLine{start: start, end: end, para: i,
			y: float32(len(p.lines)) * h, height: h})
	}
	k := p.kind
	lineStart := p.start
	x := float32(0)             // width of [lineStart, o)
	brk, brkX := -1, float32(0) // last break opportunity on this line, and x there
	total := float32(0)
	for o := p.start; o < p.end; o++ {
		r := l.runes[o]
		w := l.advance(r, k)
		total += w
		if r == ' ' || r == '\t' {
			x += w
			if o+1 < p.end && l.runes[o+1] != ' ' && l.runes[o+1] != '\t' {
				brk, brkX = o+1, x
			}
			continue
		}
		if x+w > width && o > lineStart {
			if brk > lineStart {
				emit(lineStart, brk)
				lineStart, x = brk, x-brkX
			} else {
				// A word wider than the column: cut it before this cluster.
				cut := l.snapBack(o)
				if cut <= lineStart {
					cut = l.nextCluster(lineStart)
				}
				emit(lineStart, cut)
				x = 0
				for q := cut; q < o; q++ {
					x += l.advance(l.runes[q], k)
				}
				lineStart = cut
			}
			brk = -1
		}
		x += w
	}
	emit(lineStart, p.end)
	p.natural = total
}

// lineAtY is the index of the line at height y, clamped to the document.
func (l *textLayout) lineAtY(y float32) int {
	i := sort.Search(len(l.lines), func(k int) bool {
		return l.lines[k].y+l.lines[k].height > y
	})
	return min(i, len(l.lines)-1)
}

// lineOf is the index of the line holding offset; an offset at a wrap point
// belongs to the line it starts.
func (l *textLayout) lineOf(offset int) int {
	i := sort.Search(len(l.lines), func(k int) bool {
		return l.lines[k].start > offset
	})
	return max(i-1, 0)
}

// lineXs is the x of every code-point boundary of line li as drawn,
// measured once per line and width.
func (l *textLayout) lineXs(li int) []float32 {
	ln := l.lines[li]
	if xs, ok := l.xs[ln.start]; ok && len(xs) == ln.end-ln.start+1 {
		return xs
	}
	k := l.paras[ln.para].kind
	var xs []float32
	if slices.ContainsFunc(l.runes[ln.start:ln.end], mayFallBack) {
		xs = l.measure.offsets(l.slice(ln.start, ln.end), k)
	} else {
		// Word by word: the measurer caches words, which repeat, and shaping
		// does not kern across a space.
		xs = make([]float32, 1, ln.end-ln.start+1)
		x := float32(0)
		for o := ln.start; o < ln.end; {
			if r := l.runes[o]; r == ' ' || r == '\t' {
				x += l.advance(r, k)
				xs = append(xs, x)
				o++
				continue
			}
			e := o + 1
			for e < ln.end && l.runes[e] != ' ' && l.runes[e] != '\t' {
				e++
			}
			for _, wx := range l.measure.offsets(l.slice(o, e), k)[1:] {
				xs = append(xs, x+wx)
			}
			x = xs[len(xs)-1]
			o = e
		}
	}
	l.xs[ln.start] = xs
	return xs
}

// mayFallBack reports whether r may be drawn in a fallback font (emoji,
// symbols, scripts the text font lacks): the shaper then changes fonts
// mid-line, and even the spaces next to such a run take that font's width,
// so such a line is measured whole rather than word by word. Latin, Greek,
// Cyrillic, general punctuation (curly quotes, dashes) and currency signs
// are in the text font.
func mayFallBack(r rune) bool {
	return r >= 0x0590 && !(r >= 0x2000 && r <= 0x20CF && r != 0x200D)
}

// xAt is the x of offset on line li, from the left edge of the text column.
func (l *textLayout) xAt(li, offset int) float32 {
	ln := l.lines[li]
	offset = max(ln.start, min(offset, ln.end))
	if offset == ln.start {
		return 0
	}
	return l.lineXs(li)[offset-ln.start]
}

// boundsAround finds, on line li, the cluster boundaries b0 <= b1 whose x
// positions x0 <= x < x1 enclose x. ok is false when x lies left of the line
// or past the end of its text.
func (l *textLayout) boundsAround(li int, x float32) (b0, b1 int, x0, x1 float32, ok bool) {
	ln := l.lines[li]
	if x < 0 || ln.start == ln.end {
		return ln.start, ln.start, 0, 0, false
	}
	xs := l.lineXs(li)
	// The first code point whose right edge is past x, then its cluster.
	k := sort.Search(len(xs)-1, func(i int) bool { return xs[i+1] > x })
	if k == len(xs)-1 {
		return ln.end, ln.end, xs[k], xs[k], false
	}
	b0 = l.snapBack(ln.start + k)
	b1 = min(l.nextCluster(b0), ln.end)
	return b0, b1, xs[b0-ln.start], xs[b1-ln.start], true
}

// offsetAt is the cluster boundary nearest to the point (x, y) in text-column
// coordinates: where a click or drag puts the caret.
func (l *textLayout) offsetAt(x, y float32) int {
	if len(l.lines) == 0 || y < 0 {
		return 0
	}
	if y >= l.height {
		return l.runeCount()
	}
	li := l.lineAtY(y)
	b0, b1, x0, x1, ok := l.boundsAround(li, x)
	if !ok {
		return b1
	}
	if x-x0 < x1-x {
		return b0
	}
	return b1
}

// charAt is the offset of the character drawn under (x, y), or -1 when the
// point is past the end of a line or on a blank line: what a click or the
// pointer is on, as opposed to where the caret would go.
func (l *textLayout) charAt(x, y float32) int {
	if len(l.lines) == 0 || y < 0 || y >= l.height {
		return -1
	}
	b0, _, _, _, ok := l.boundsAround(l.lineAtY(y), x)
	if !ok {
		return -1
	}
	return b0
}

// clustersOf works out paragraph p's grapheme-cluster starts, once. Text
// below U+0300 has no combining marks, joiners or emoji, so there every code
// point is a cluster and nothing is stored.
func (l *textLayout) clustersOf(p *textParagraph) []int {
	if p.clustered {
		return p.clusters
	}
	p.clustered = true
	s := l.slice(p.start, p.end)
	simple := true
	for _, r := range s {
		if r >= 0x300 || r == '\r' {
			simple = false
			break
		}
	}
	if simple {
		return nil
	}
	off := p.start
	state := -1
	for len(s) > 0 {
		var c string
		c, s, _, state = uniseg.FirstGraphemeClusterInString(s, state)
		p.clusters = append(p.clusters, off)
		off += utf8.RuneCountInString(c)
	}
	p.clusters = append(p.clusters, off)
	return p.clusters
}

// paraOf is the index of the paragraph holding offset (a newline belongs to
// the paragraph it ends).
func (l *textLayout) paraOf(offset int) int {
	i := sort.Search(len(l.paras), func(k int) bool { return l.paras[k].end >= offset })
	return min(i, len(l.paras)-1)
}

// snapBack is offset moved back to the start of its grapheme cluster.
func (l *textLayout) snapBack(offset int) int {
	offset = l.clamp(offset)
	p := &l.paras[l.paraOf(offset)]
	cl := l.clustersOf(p)
	if cl == nil {
		return offset
	}
	i := sort.SearchInts(cl, offset)
	if i < len(cl) && cl[i] == offset {
		return offset
	}
	return cl[max(i-1, 0)]
}

// snapForward is offset moved on to the end of its grapheme cluster.
func (l *textLayout) snapForward(offset int) int {
	offset = l.clamp(offset)
	p := &l.paras[l.paraOf(offset)]
	cl := l.clustersOf(p)
	if cl == nil {
		return offset
	}
	i := sort.SearchInts(cl, offset)
	return cl[min(i, len(cl)-1)]
}

// nextCluster is the cluster boundary after offset.
func (l *textLayout) nextCluster(offset int) int {
	if offset >= l.runeCount() {
		return l.runeCount()
	}
	return l.snapForward(offset + 1)
}

// prevCluster is the cluster boundary before offset.
func (l *textLayout) prevCluster(offset int) int {
	if offset <= 0 {
		return 0
	}
	return l.snapBack(offset - 1)
}

// textWord is one segment of a paragraph by Unicode word boundaries.
type textWord struct {
	start, end int
	word       bool // has a letter or digit, as opposed to spaces or punctuation
}

// wordsOf splits paragraph p at Unicode word boundaries (UAX #29), so
// "Kremlin's" and "3.5" stay one word.
func (l *textLayout) wordsOf(p *textParagraph) []textWord {
	var out []textWord
	s := l.slice(p.start, p.end)
	off := p.start
	state := -1
	for len(s) > 0 {
		var w string
		w, s, state = uniseg.FirstWordInString(s, state)
		n := utf8.RuneCountInString(w)
		isWord := false
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				isWord = true
				break
			}
		}
		out = append(out, textWord{start: off, end: off + n, word: isWord})
		off += n
	}
	return out
}

// wordAt is the word segment under offset, [start, end): what a double-click
// selects. On spaces or punctuation it is that run; past a paragraph's end it
// is the last segment, and on a blank line it is empty.
func (l *textLayout) wordAt(offset int) (int, int) {
	offset = l.clamp(offset)
	p := &l.paras[l.paraOf(offset)]
	words := l.wordsOf(p)
	if len(words) == 0 {
		return offset, offset
	}
	for _, w := range words {
		if offset < w.end {
			return w.start, w.end
		}
	}
	last := words[len(words)-1]
	return last.start, last.end
}

// snapToWords widens [start, end) so that it does not cut a word: a start
// inside a word moves to the word's start, an end inside a word to its end.
// Spaces and punctuation at the edges stay as they are.
func (l *textLayout) snapToWords(start, end int) (int, int) {
	if start > end {
		start, end = end, start
	}
	if start == end {
		return start, end
	}
	if ws, we := l.wordAt(start); ws < start && start < we && l.isWord(ws, we) {
		start = ws
	}
	if ws, we := l.wordAt(end - 1); ws < end && end < we && l.isWord(ws, we) {
		end = we
	}
	return start, end
}

// isWord tells whether [start, end) holds a letter or digit.
func (l *textLayout) isWord(start, end int) bool {
	for _, r := range l.runes[start:end] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// nextWordEnd is the end of the first word ending after offset, across
// paragraphs; the document's end when there is none.
func (l *textLayout) nextWordEnd(offset int) int {
	offset = l.clamp(offset)
	for pi := l.paraOf(offset); pi < len(l.paras); pi++ {
		for _, w := range l.wordsOf(&l.paras[pi]) {
			if w.word && w.end > offset {
				return w.end
			}
		}
	}
	return l.runeCount()
}

// prevWordStart is the start of the last word starting before offset, across
// paragraphs; 0 when there is none.
func (l *textLayout) prevWordStart(offset int) int {
	offset = l.clamp(offset)
	for pi := l.paraOf(offset); pi >= 0; pi-- {
		words := l.wordsOf(&l.paras[pi])
		for k := len(words) - 1; k >= 0; k-- {
			if words[k].word && words[k].start < offset {
				return words[k].start
			}
		}
	}
	return 0
}
