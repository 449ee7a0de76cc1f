package app

import (
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
	// textWidth is the advance width of s set in kind's face.
	textWidth(s string, kind paraKind) float32
	// lineHeight is the height of one line set in kind's face.
	lineHeight(kind paraKind) float32
}

// textToken is a run of spaces or of non-space characters in a paragraph:
// the unit the wrapper places, measured once per document.
type textToken struct {
	start, end int // code points [start, end)
	width      float32
	space      bool
}

// textLine is one visual line: a slice of one paragraph at one wrap width.
type textLine struct {
	start, end int // code points [start, end); the paragraph's newline is not in it
	para       int
	y, height  float32
}

// textParagraph is one newline-separated paragraph with its measured tokens
// and the lines it wrapped into at wrapWidth.
type textParagraph struct {
	start, end int
	kind       paraKind
	tokens     []textToken // nil until first measured
	natural    float32     // width of the paragraph on a single line
	wrapWidth  float32
	lines      []textLine // y is relative to the paragraph's top
	clusters   []int      // grapheme-cluster starts plus end; nil when every code point is one
	clustered  bool       // clusters has been worked out
	// direct is set when the paragraph has characters the body font may lack
	// (emoji, symbols, scripts set with a fallback font): the shaper then
	// changes fonts mid-line and even the spaces after such a run differ in
	// width, so x positions are measured on the line's prefix rather than
	// summed from separately measured words.
	direct bool
}

// textLayout is the wrap model of one document.
type textLayout struct {
	text    string
	byteAt  []int // byte index of each code point, plus len(text)
	paras   []textParagraph
	lines   []textLine // all visual lines at width, in order
	width   float32
	height  float32
	measure textMeasurer
	words   [paraKinds]map[string]float32 // token widths, so repeated words are measured once
}

// blankLineFactor is the height of an empty line (a blank line between
// paragraphs) relative to a body line: enough to read as paragraph spacing
// without wasting a full line.
const blankLineFactor = 0.6

// newTextLayout splits text into paragraphs and gives each the kind of the
// zone its first code point lies in. Nothing is measured until wrap.
func newTextLayout(text string, zones []annotate.Zone, m textMeasurer) *textLayout {
	l := &textLayout{text: text, measure: m, width: -1}
	l.byteAt = make([]int, 0, len(text)+1)
	paraStart := 0
	n := 0
	for i, r := range text {
		l.byteAt = append(l.byteAt, i)
		if r == '\n' {
			l.paras = append(l.paras, textParagraph{start: paraStart, end: n})
			paraStart = n + 1
		}
		n++
	}
	l.byteAt = append(l.byteAt, len(text))
	l.paras = append(l.paras, textParagraph{start: paraStart, end: n})
	for i := range l.paras {
		l.paras[i].kind = kindAt(zones, l.paras[i].start)
	}
	for k := range l.words {
		l.words[k] = make(map[string]float32)
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
func (l *textLayout) runeCount() int { return len(l.byteAt) - 1 }

// slice is the document text of code points [start, end).
func (l *textLayout) slice(start, end int) string {
	return l.text[l.byteAt[start]:l.byteAt[end]]
}

// clamp limits offset to the document.
func (l *textLayout) clamp(offset int) int {
	return max(0, min(offset, l.runeCount()))
}

// tokenize measures a paragraph's tokens, once.
func (l *textLayout) tokenize(p *textParagraph) {
	if p.tokens != nil || p.start == p.end {
		return
	}
	words := l.words[p.kind]
	p.tokens = make([]textToken, 0, (p.end-p.start)/3+1)
	tokStart, space := p.start, false
	flush := func(end int) {
		if end == tokStart {
			return
		}
		s := l.slice(tokStart, end)
		w, ok := words[s]
		if !ok {
			w = l.measure.textWidth(s, p.kind)
			words[s] = w
		}
		p.tokens = append(p.tokens, textToken{start: tokStart, end: end, width: w, space: space})
		p.natural += w
		tokStart = end
	}
	off := p.start
	for _, r := range l.slice(p.start, p.end) {
		if mayFallBack(r) {
			p.direct = true
		}
		isSpace := r == ' ' || r == '\t'
		if off > tokStart && isSpace != space {
			flush(off)
		}
		space = isSpace
		off++
	}
	flush(p.end)
}

// mayFallBack reports whether r may be set in a fallback font: anything past
// the Latin, Greek and Cyrillic blocks other than general punctuation (curly
// quotes, dashes) and currency signs, and the zero-width joiner.
func mayFallBack(r rune) bool {
	return r >= 0x0590 && !(r >= 0x2000 && r <= 0x20CF && r != 0x200D)
}

// wrap lays the document out at width (the text column, without padding).
// Each paragraph keeps its measured tokens, and one that fitted on a single
// line at its last width and still fits keeps its line, so re-wrapping after
// a resize is arithmetic over cached widths. It reports whether the lines
// changed.
func (l *textLayout) wrap(width float32) bool {
	if width < 1 {
		width = 1
	}
	if width == l.width && l.lines != nil {
		return false
	}
	l.width = width
	l.lines = l.lines[:0]
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

// wrapParagraph breaks paragraph i into lines at width, greedily: a word goes
// on the current line if it fits, spaces hang at the end of a line, and a
// word wider than the column is cut at grapheme-cluster boundaries.
func (l *textLayout) wrapParagraph(i int, width float32) {
	p := &l.paras[i]
	h := l.measure.lineHeight(p.kind)
	if p.start == p.end {
		p.lines = append(p.lines[:0], textLine{start: p.start, end: p.end, para: i,
			height: l.measure.lineHeight(paraBody) * blankLineFactor})
		p.wrapWidth = width
		return
	}
	l.tokenize(p)
	if p.lines != nil && p.natural <= width && p.natural <= p.wrapWidth {
		p.wrapWidth = width // one line before and after: nothing moves
		return
	}
	p.wrapWidth = width
	p.lines = p.lines[:0]
	lineStart, x := p.start, float32(0)
	emit := func(end int) {
		p.lines = append(p.lines, textLine{start: lineStart, end: end, para: i,
			y: float32(len(p.lines)) * h, height: h})
		lineStart, x = end, 0
	}
	for _, t := range p.tokens {
		if t.space {
			x += t.width
			continue
		}
		if x+t.width > width && t.start > lineStart {
			emit(t.start)
		}
		if t.width > width {
			// A word wider than the column: cut it where a prefix still fits.
			start := t.start
			for {
				cut := l.fitPrefix(p, start, t.end, width)
				if cut >= t.end {
					x = l.measure.textWidth(l.slice(start, t.end), p.kind)
					break
				}
				emit(cut)
				start = cut
			}
			continue
		}
		x += t.width
	}
	emit(p.end)
}

// fitPrefix is the furthest cluster boundary after start whose prefix fits in
// width, and at least one cluster, so wrapping always advances.
func (l *textLayout) fitPrefix(p *textParagraph, start, end int, width float32) int {
	bounds := []int{}
	for b := l.nextCluster(start); b <= end && b > start; b = l.nextCluster(b) {
		bounds = append(bounds, b)
		if b == end {
			break
		}
	}
	n := sort.Search(len(bounds), func(k int) bool {
		return l.measure.textWidth(l.slice(start, bounds[k]), p.kind) > width
	})
	if n == 0 {
		return bounds[0]
	}
	return bounds[n-1]
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

// xAt is the x of offset on line li, from the left edge of the text column.
func (l *textLayout) xAt(li, offset int) float32 {
	ln := l.lines[li]
	p := &l.paras[ln.para]
	offset = max(ln.start, min(offset, ln.end))
	if offset == ln.start || p.tokens == nil {
		return 0
	}
	if p.direct {
		return l.measure.textWidth(l.slice(ln.start, offset), p.kind)
	}
	k := l.firstToken(p, ln.start)
	x := float32(0)
	for ; k < len(p.tokens); k++ {
		t := p.tokens[k]
		from := max(t.start, ln.start)
		if t.end <= offset && from == t.start {
			x += t.width
			continue
		}
		if from < offset {
			x += l.measure.textWidth(l.slice(from, min(t.end, offset)), p.kind)
		}
		if t.end >= offset {
			break
		}
	}
	return x
}

// firstToken is the index of the token holding offset in p.
func (l *textLayout) firstToken(p *textParagraph, offset int) int {
	return sort.Search(len(p.tokens), func(k int) bool { return p.tokens[k].end > offset })
}

// boundsAround finds, on line li, the cluster boundaries b0 <= b1 whose x
// positions x0 <= x < x1 enclose x, measuring only inside the token under x.
// ok is false when x lies past the end of the line's text.
func (l *textLayout) boundsAround(li int, x float32) (b0, b1 int, x0, x1 float32, ok bool) {
	ln := l.lines[li]
	p := &l.paras[ln.para]
	if p.tokens == nil || x < 0 {
		return ln.start, ln.start, 0, 0, x < 0
	}
	if p.direct {
		return l.boundsAroundDirect(li, x)
	}
	acc := float32(0)
	for k := l.firstToken(p, ln.start); k < len(p.tokens) && p.tokens[k].start < ln.end; k++ {
		t := p.tokens[k]
		from, to := max(t.start, ln.start), min(t.end, ln.end)
		w := t.width
		if from != t.start || to != t.end {
			w = l.measure.textWidth(l.slice(from, to), p.kind)
		}
		if x >= acc+w {
			acc += w
			continue
		}
		prev, prevX := from, acc
		for b := l.nextCluster(from); ; b = l.nextCluster(b) {
			bx := acc + w
			if b < to {
				bx = acc + l.measure.textWidth(l.slice(from, b), p.kind)
			}
			if bx > x || b >= to {
				return prev, b, prevX, bx, true
			}
			prev, prevX = b, bx
		}
	}
	return ln.end, ln.end, acc, acc, false
}

// boundsAroundDirect is boundsAround for a paragraph measured by prefix:
// a binary search over the line's cluster boundaries.
func (l *textLayout) boundsAroundDirect(li int, x float32) (b0, b1 int, x0, x1 float32, ok bool) {
	ln := l.lines[li]
	bounds := []int{ln.start}
	for b := l.nextCluster(ln.start); b <= ln.end && b > bounds[len(bounds)-1]; b = l.nextCluster(b) {
		bounds = append(bounds, b)
	}
	k := sort.Search(len(bounds), func(i int) bool { return l.xAt(li, bounds[i]) > x })
	if k == len(bounds) {
		end := l.xAt(li, ln.end)
		return ln.end, ln.end, end, end, false
	}
	if k == 0 {
		return ln.start, ln.start, 0, 0, true
	}
	return bounds[k-1], bounds[k], l.xAt(li, bounds[k-1]), l.xAt(li, bounds[k]), true
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
		if x < 0 {
			return l.lines[li].start
		}
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
	if len(l.lines) == 0 || x < 0 || y < 0 || y >= l.height {
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
