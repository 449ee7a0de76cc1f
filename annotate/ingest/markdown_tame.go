package ingest

import "strings"

// Bounds on the Markdown goldmark is given. goldmark's cost grows with
// the square of some shapes: each line is measured once per block it is
// nested in, so a list nested n deep (n lines, each indented up to 2n
// columns) or n markers on one line ("- - - … x", ">>>> … x") cost n² per
// line; each link closer followed by "(" scans the rest of its line for
// the destination; and mismatched emphasis delimiters are matched against
// every opener before them in the paragraph; a paragraph of link
// reference definitions is reread once per definition. tameMarkdown rewrites only
// what exceeds these bounds, keeping the words, so the parse is linear in
// the file's size and an ordinary article is passed through unchanged.
const (
	// mdMaxPrefix is the widest container prefix of a line, in columns:
	// its indentation, ">" and list markers (32 levels of nesting at two
	// columns each).
	mdMaxPrefix = 64
	// mdMaxDelimiters is how many runs of "*" or "_" a paragraph keeps as
	// emphasis; the rest are escaped and read as the characters they are.
	mdMaxDelimiters = 256
	// mdMaxLinks is how many "](" a paragraph keeps as links; the rest
	// are escaped and read as text. It is also how many link reference
	// definitions ("[a]: url") may follow one another before a blank line
	// is put between them (goldmark reads a paragraph's definitions one at
	// a time, each time from the paragraph's whole text).
	mdMaxLinks = 64
)

// tameMarkdown returns src with every line's container prefix cut to
// mdMaxPrefix columns (keeping the last marker cut, so a deep item stays an
// item, and all the line's text), and emphasis delimiters and link
// closers beyond a paragraph's budget escaped with a backslash. Lines in
// fenced code blocks keep their delimiters. Work is linear in len(src);
// src is returned as it is when nothing exceeds the bounds.
func tameMarkdown(src string) string {
	if !mdNeedsTaming(src) {
		return src
	}
	var sb strings.Builder
	sb.Grow(len(src) + len(src)/16)
	delims, links, defs := 0, 0, 0
	fence := byte(0)
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		line := src[start:end]
		prefix, rest := mdPrefix(line)
		trimmed := strings.TrimLeft(rest, " \t")
		if trimmed == "" {
			delims, links, defs = 0, 0, 0 // a blank line ends the paragraph
		}
		if fence == 0 && strings.HasPrefix(trimmed, "[") && strings.Contains(trimmed, "]:") {
			if defs++; defs > mdMaxLinks {
				// Definitions leave no text: a blank line between two
				// changes nothing but the paragraph goldmark rereads.
				sb.WriteByte('\n')
				delims, links, defs = 0, 0, 1
			}
		}
		sb.WriteString(prefix)
		switch {
		case fence != 0 && strings.HasPrefix(trimmed, strings.Repeat(string(fence), 3)):
			fence = 0
			sb.WriteString(rest)
		case fence != 0:
			sb.WriteString(rest)
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			fence = trimmed[0]
			sb.WriteString(rest)
		default:
			mdEscapeOverBudget(&sb, rest, &delims, &links)
		}
		if end < len(src) {
			sb.WriteByte('\n')
		}
		start = end + 1
	}
	return sb.String()
}

// mdNeedsTaming is a quick pass that tells whether tameMarkdown would
// change anything; an article without deep nesting or hundreds of
// delimiters in a paragraph is not copied.
func mdNeedsTaming(src string) bool {
	delims, links := 0, 0
	lineStart := true
	col := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n':
			lineStart, col = true, 0
			continue
		case lineStart && (c == ' ' || c == '\t' || c == '>' || c == '-' || c == '+' || c == '*' || (c >= '0' && c <= '9') || c == '.' || c == ')'):
			if col++; col > mdMaxPrefix/2 {
				return true
			}
		default:
			lineStart = false
		}
		switch c {
		case '*', '_':
			if i == 0 || src[i-1] != c {
				delims++
			}
		case ']':
			if i+1 < len(src) && (src[i+1] == '(' || src[i+1] == ':') {
				links++
			}
		}
	}
	// Counted over the whole file, not per paragraph: a file under the
	// budget as a whole is under it in every paragraph.
	return delims > mdMaxDelimiters || links > mdMaxLinks
}

// mdPrefix splits a line into its container prefix, cut to mdMaxPrefix
// columns, and the rest. A prefix over the bound keeps its first columns up
// to the bound, then the last marker it had (so the line is still an item,
// or a quote), then the rest of the line.
func mdPrefix(line string) (prefix, rest string) {
	col, i := 0, 0
	cut := -1        // where the prefix first passed the bound
	lastMarker := "" // the last marker seen after the cut
	for i < len(line) {
		c := line[i]
		n := 0 // bytes of this token
		marker := false
		switch {
		case c == ' ':
			n = 1
		case c == '\t':
			n = 1
		case c == '>':
			n, marker = 1, true
		case (c == '-' || c == '+' || c == '*') && (i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t'):
			n, marker = 1, true
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j < len(line) && (line[j] == '.' || line[j] == ')') && (j+1 == len(line) || line[j+1] == ' ' || line[j+1] == '\t') {
				n, marker = j+1-i, true
			}
		}
		if n == 0 {
			break
		}
		w := n
		if c == '\t' {
			w = 4 - col%4
		}
		if cut < 0 && col+w > mdMaxPrefix {
			cut = i
		}
		if cut >= 0 && marker {
			lastMarker = line[i : i+n]
		}
		col += w
		i += n
	}
	if cut < 0 {
		return line[:i], line[i:]
	}
	prefix = line[:cut]
	if lastMarker != "" {
		prefix += lastMarker + " "
	}
	return prefix, line[i:]
}

// mdEscapeOverBudget writes s, escaping the emphasis delimiter runs and
// link closers past the paragraph's budgets.
func mdEscapeOverBudget(sb *strings.Builder, s string, delims, links *int) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\':
			sb.WriteByte(c)
			if i+1 < len(s) {
				i++
				sb.WriteByte(s[i])
			}
			continue
		case '*', '_':
			if i == 0 || s[i-1] != c {
				*delims++
			}
			if *delims > mdMaxDelimiters {
				sb.WriteByte('\\')
			}
		case ']':
			if i+1 < len(s) && s[i+1] == '(' {
				if *links++; *links > mdMaxLinks {
					sb.WriteByte('\\')
				}
			}
		}
		sb.WriteByte(c)
	}
}
