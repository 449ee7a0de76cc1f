package ingest

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// droppedLine is a line of the page that makes no unit but leaves the text:
// a Markdown section break ("* * *", "---", "___"). It is kept in
// meta.removed before the unit at index before, so that every line the
// cleaner drops can be found there.
type droppedLine struct {
	text   string
	before int
}

// thematicBreak records the line of a Markdown thematic break ("* * *",
// "***", "- - -", "___", also inside a blockquote) as removed.
func (r *mdReader) thematicBreak(n ast.Node) { r.dropLine(n, breakShape) }

// emptyHeading records a heading with no words ("#", "## ##"), which a
// page prints as a section mark, as removed.
func (r *mdReader) emptyHeading(n ast.Node) { r.dropLine(n, emptyHeadingShape) }

// dropLine records as removed the line of a block that renders no text:
// goldmark gives such a block no position, so it is the first line after
// the end of the block before it that is not blank, a setext heading's
// underline ("Title" / "---") or a code fence's close, when that line has
// the block's shape; otherwise nothing is recorded.
func (r *mdReader) dropLine(n ast.Node, shape func(string) string) {
	from := 0
	prev := n.PreviousSibling()
	for p := n.Parent(); prev == nil && p != nil; p = p.Parent() {
		prev = p.PreviousSibling() // the first block of a blockquote
	}
	if prev != nil {
		from = lastByte(prev)
	}
	if from < r.breakFrom {
		from = r.breakFrom
	}
	if from > 0 && from < len(r.source) && r.source[from-1] != '\n' {
		from = nextLine(r.source, from) // the rest of the block's last line
	}
	h, isHeading := prev.(*ast.Heading)
	skipUnderline := isHeading && setext(r.source, h)
	_, skipFence := prev.(*ast.FencedCodeBlock)
	for from < len(r.source) {
		next := nextLine(r.source, from)
		line := strings.TrimSpace(string(r.source[from:next]))
		from = next
		switch {
		case line == "":
			continue
		case skipUnderline:
			skipUnderline = false
			continue
		case skipFence && (strings.HasPrefix(line, "```") || strings.HasPrefix(line, "~~~")):
			skipFence = false
			continue
		}
		if s := shape(line); s != "" {
			r.breakFrom = next
			r.a.dropped = append(r.a.dropped, droppedLine{text: s, before: len(r.a.units)})
		}
		return
	}
}

// nextLine is where the line after the one holding byte i starts.
func nextLine(src []byte, i int) int {
	if k := bytes.IndexByte(src[i:], '\n'); k >= 0 {
		return i + k + 1
	}
	return len(src)
}

// setext reports a heading underlined with "=" or "-" rather than opened
// with "#".
func setext(src []byte, h *ast.Heading) bool {
	lines := h.Lines()
	if lines == nil || lines.Len() == 0 {
		return false
	}
	start := lines.At(0).Start
	line := start - bytes.LastIndexByte(src[:start], '\n') - 1
	return !strings.HasPrefix(strings.TrimLeft(string(src[start-line:start]), " >"), "#")
}

// breakShape returns the line as a thematic break ("* * *"), without a
// blockquote's "> " or the indent, or "" when it is not one: three or more
// of one of "*", "-", "_" with only spaces between them.
func breakShape(line string) string {
	s := strings.TrimSpace(line)
	for strings.HasPrefix(s, ">") {
		s = strings.TrimSpace(s[1:])
	}
	if s == "" || !strings.ContainsRune("*-_", rune(s[0])) {
		return ""
	}
	marks := 0
	for _, c := range s {
		switch {
		case c == rune(s[0]):
			marks++
		case c == ' ' || c == '\t':
		default:
			return ""
		}
	}
	if marks < 3 {
		return ""
	}
	return s
}

// emptyHeadingShape returns the line as an empty ATX heading ("#", "##",
// "# #"), without a blockquote's "> ", or "" when it is not one.
func emptyHeadingShape(line string) string {
	s := strings.TrimSpace(line)
	for strings.HasPrefix(s, ">") {
		s = strings.TrimSpace(s[1:])
	}
	if !strings.HasPrefix(s, "#") || strings.Trim(s, "# \t") != "" {
		return ""
	}
	return s
}

// lastByte is where the last source line of a block or of its last
// descendant with lines ends (0 when none has lines).
func lastByte(n ast.Node) int {
	end := 0
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || c.Type() != ast.TypeBlock {
			return ast.WalkContinue, nil
		}
		if lines := c.Lines(); lines != nil && lines.Len() > 0 {
			if stop := lines.At(lines.Len() - 1).Stop; stop > end {
				end = stop
			}
		}
		return ast.WalkContinue, nil
	})
	return end
}

// keepRemoved lays the removed lines into meta.removed in page order, the
// dropped lines (Markdown section breaks) among them.
func (a *article) keepRemoved(removed [][]string) {
	d := 0
	for i := range a.units {
		for ; d < len(a.dropped) && a.dropped[d].before <= i; d++ {
			a.meta.Removed = append(a.meta.Removed, a.dropped[d].text)
		}
		a.meta.Removed = append(a.meta.Removed, pageRowRemoved(a.units[i], numberedRemoved(a.units[i], removed[i]))...)
	}
	for ; d < len(a.dropped); d++ {
		a.meta.Removed = append(a.meta.Removed, a.dropped[d].text)
	}
}
