package ingest

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// fencedCode reads a fenced code block ("```diff" … "```"), which a news or
// company page prints as furniture (a config diff, a shell command) and
// not as the story's text: its lines become junk units, so that they are
// kept in meta.removed, and its fence lines are recorded as dropped lines
// around them. An indented code block is not read here: an article set in
// by four spaces is still the article.
func (r *mdReader) fencedCode(n *ast.FencedCodeBlock) {
	lines := n.Lines()
	open, after := r.openingFence(n)
	if open != "" {
		r.a.dropped = append(r.a.dropped, droppedLine{text: open, before: len(r.a.units)})
	}
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		for _, line := range strings.Split(string(seg.Value(r.source)), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				r.a.units = append(r.a.units, unit{text: line, block: r.blk, junk: junkChrome})
			}
		}
		after = seg.Stop
	}
	if open == "" || after <= 0 {
		return
	}
	if after < len(r.source) && r.source[after-1] != '\n' {
		after = nextLine(r.source, after)
	}
	// The closing fence: the next line, when it is one of the opening
	// fence's character (a block left open at the end of the page has none).
	if after < len(r.source) {
		next := nextLine(r.source, after)
		if c := fenceShape(string(r.source[after:next])); c != "" && c[0] == open[0] && strings.Trim(c, c[:1]) == "" {
			r.a.dropped = append(r.a.dropped, droppedLine{text: c, before: len(r.a.units)})
			if next > r.breakFrom {
				r.breakFrom = next
			}
		}
	}
}

// openingFence returns the opening fence line of a fenced code block
// ("```diff", without a blockquote's "> " or the indent) and where the line
// after it starts, or "" when the block's position cannot be told (an
// empty block with no info string).
func (r *mdReader) openingFence(n *ast.FencedCodeBlock) (string, int) {
	start := -1
	switch {
	case n.Lines().Len() > 0:
		// the line before the one holding the first line of code
		if code := lineStart(r.source, n.Lines().At(0).Start); code > 0 {
			start = lineStart(r.source, code-1)
		}
	case n.Info != nil:
		start = lineStart(r.source, n.Info.Segment.Start)
	}
	if start < 0 || start >= len(r.source) {
		return "", 0
	}
	next := nextLine(r.source, start)
	return fenceShape(string(r.source[start:next])), next
}

// lineStart is where the line holding byte i starts.
func lineStart(src []byte, i int) int {
	return bytes.LastIndexByte(src[:i], '\n') + 1
}

// fenceShape returns a line as a code fence ("```", "~~~", "```go"),
// without a blockquote's "> " or the indent, or "" when it is not one.
func fenceShape(line string) string {
	s := strings.TrimSpace(line)
	for strings.HasPrefix(s, ">") {
		s = strings.TrimSpace(s[1:])
	}
	if strings.HasPrefix(s, "```") || strings.HasPrefix(s, "~~~") {
		return s
	}
	return ""
}
