package ingest

import (
	"regexp"
	"strings"
)

// Markdown footnotes ("…material respects”.[^1]" in the text, "[^1]: The
// report is dated …" below it) are no part of CommonMark: goldmark would
// keep both as text. A footnote is the writer's aside to the reader, set
// apart from the story on the page, so its definition is page furniture,
// kept in meta.removed, and its marker goes from the sentence it is glued
// to.

// maxFootnoteLabel bounds a footnote label, in bytes.
const maxFootnoteLabel = 40

// footnotes takes the footnote definitions out of src, each with the
// indented or lazy lines that continue it, and the markers of the labels
// they define. It returns the Markdown left (a definition's lines become
// blank lines, so the blocks around it stay apart) and the definitions'
// text, one string a footnote. Lines in fenced code blocks are left alone.
// Work is linear in len(src); src is returned as it is when it has no "[^".
func footnotes(src string) (string, []string) {
	if !strings.Contains(src, "[^") {
		return src, nil
	}
	var (
		sb     strings.Builder
		notes  [][]string // each definition's lines
		labels = map[string]bool{}
		fence  byte
		inNote = false // the lines read belong to a definition
		// a blank line was read in a definition: only an indented line
		// continues it
		afterBlank = false
	)
	sb.Grow(len(src))
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		line := src[start:end]
		trimmed := strings.TrimLeft(line, " ")
		indent := len(line) - len(trimmed)
		switch {
		case fence != 0:
			if strings.HasPrefix(trimmed, strings.Repeat(string(fence), 3)) {
				fence = 0
			}
			sb.WriteString(line)
		case indent < 4 && (strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~")):
			fence = trimmed[0]
			inNote = false
			sb.WriteString(line)
		default:
			label, text, ok := footnoteDefinition(trimmed, indent)
			blank := strings.TrimSpace(line) == ""
			switch {
			case ok:
				labels[label] = true
				notes = append(notes, []string{strings.TrimSpace(text)})
				inNote, afterBlank = true, false
			case inNote && blank:
				afterBlank = true // an indented paragraph may follow
			case inNote && (indent >= 4 || strings.HasPrefix(line, "\t") || !afterBlank && !blockStart(trimmed)):
				// an indented or lazy continuation of the definition
				notes[len(notes)-1] = append(notes[len(notes)-1], strings.TrimSpace(line))
				afterBlank = false
			default:
				inNote = false
				sb.WriteString(line)
			}
		}
		if end < len(src) {
			sb.WriteByte('\n')
		}
		start = end + 1
	}
	if len(notes) == 0 {
		return src, nil
	}
	texts := make([]string, len(notes))
	for i, n := range notes {
		texts[i] = dropFootnoteMarkers(strings.Join(n, " "), labels)
	}
	return dropFootnoteMarkers(sb.String(), labels), texts
}

// blockStart reports a line that starts a block of its own (a heading, a
// quotation, a list item, a table row, an image), which a definition's
// lazy continuation cannot be.
func blockStart(trimmed string) bool {
	if trimmed == "" {
		return true
	}
	switch trimmed[0] {
	case '#', '>', '-', '*', '+', '|', '!', '<', '=', '_':
		return true
	}
	k := 0
	for k < len(trimmed) && k < 9 && trimmed[k] >= '0' && trimmed[k] <= '9' {
		k++
	}
	return k > 0 && k < len(trimmed) && (trimmed[k] == '.' || trimmed[k] == ')')
}

// footnoteDefinition reads "[^label]: text" at the start of a line indented
// by fewer than four spaces.
func footnoteDefinition(trimmed string, indent int) (label, text string, ok bool) {
	if indent >= 4 || !strings.HasPrefix(trimmed, "[^") {
		return "", "", false
	}
	close := strings.Index(trimmed, "]:")
	if close < 3 || close-2 > maxFootnoteLabel || strings.ContainsAny(trimmed[2:close], " \t]") {
		return "", "", false
	}
	return trimmed[2:close], trimmed[close+2:], true
}

// dropFootnoteMarkers removes the markers "[^label]" of the given labels.
func dropFootnoteMarkers(s string, labels map[string]bool) string {
	if !strings.Contains(s, "[^") {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for {
		k := strings.Index(s, "[^")
		if k < 0 {
			break
		}
		close := strings.IndexByte(s[k+2:min(len(s), k+3+maxFootnoteLabel)], ']')
		if close > 0 && labels[s[k+2:k+2+close]] {
			sb.WriteString(s[:k])
			s = s[k+3+close:]
			continue
		}
		sb.WriteString(s[:k+2])
		s = s[k+2:]
	}
	sb.WriteString(s)
	return sb.String()
}

// Numbered footnotes a newsletter platform writes as links or brackets
// ("…described as affordable.[[1]](#footnote-1)" in the text, "[[1]](#footnote-anchor-1)
// Planning application …" or "[1] Planning application …" below it) are
// the same furniture: a definition opens its line with the bracketed
// number and a space; a marker is glued to the word or stop before it.
var (
	reNumberedNote   = regexp.MustCompile(`^\[\[?(\d{1,3})\]\]?(?:\([^)\s]*\))?[ \t]+(\S.*)$`)
	reNumberedMarker = regexp.MustCompile(`\[\[?(\d{1,3})\]\]?(\(#[^)\s]*\))?`)
)

// numberedFootnotes takes out the numbered footnotes of src whose number
// is both glued as a marker to the text above and opens a line below it:
// the definitions' lines become blank, and the markers go. It returns the
// Markdown left and the definitions' text. A page without "[1]" is returned
// as it is.
func numberedFootnotes(src string) (string, []string) {
	if !strings.Contains(src, "[1]") {
		return src, nil
	}
	lines := strings.Split(src, "\n")
	firstMarker := map[string]int{} // label → line of its first glued marker
	defs := map[string]int{}        // label → line of its definition
	for i, line := range lines {
		trimmed := strings.TrimLeft(line, " ")
		if len(line)-len(trimmed) < 4 {
			if m := reNumberedNote.FindStringSubmatch(trimmed); m != nil {
				if _, seen := defs[m[1]]; !seen {
					defs[m[1]] = i
				}
				continue
			}
		}
		if !strings.Contains(line, "[") {
			continue
		}
		for _, loc := range reNumberedMarker.FindAllStringSubmatchIndex(line, -1) {
			if gluedMarker(line, loc[0], loc[1], loc[4] >= 0) {
				label := line[loc[2]:loc[3]]
				if _, seen := firstMarker[label]; !seen {
					firstMarker[label] = i
				}
			}
		}
	}
	var notes []string
	labels := map[string]bool{}
	for label, at := range defs {
		if m, ok := firstMarker[label]; ok && m < at {
			labels[label] = true
		}
	}
	if len(labels) == 0 {
		return src, nil
	}
	for i, line := range lines {
		if m := reNumberedNote.FindStringSubmatch(strings.TrimLeft(line, " ")); m != nil && labels[m[1]] && defs[m[1]] == i {
			notes = append(notes, strings.TrimSpace(m[2]))
			lines[i] = ""
			continue
		}
		if !strings.Contains(line, "[") {
			continue
		}
		var sb strings.Builder
		last := 0
		for _, loc := range reNumberedMarker.FindAllStringSubmatchIndex(line, -1) {
			if labels[line[loc[2]:loc[3]]] && gluedMarker(line, loc[0], loc[1], loc[4] >= 0) {
				sb.WriteString(line[last:loc[0]])
				last = loc[1]
			}
		}
		if last > 0 {
			sb.WriteString(line[last:])
			lines[i] = sb.String()
		}
	}
	return strings.Join(lines, "\n"), notes
}

// gluedMarker reports a footnote marker at line[from:to] glued to the text
// before it (no space) and not the text of a link to elsewhere ("[1](http…)").
func gluedMarker(line string, from, to int, anchored bool) bool {
	if from == 0 || line[from-1] == ' ' || line[from-1] == '\t' || line[from-1] == '[' {
		return false
	}
	return anchored || to >= len(line) || line[to] != '('
}
