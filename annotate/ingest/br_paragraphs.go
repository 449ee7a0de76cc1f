package ingest

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// reBrListNumber matches a numbered list item's opening: "1. ", "2) ".
var reBrListNumber = regexp.MustCompile(`^\d{1,3}[.)] `)

// Some pages set a story in one <div> with every sentence on a line of its
// own (<br>) and a blank line (<br><br>) between paragraphs. Read a line at
// a time, each sentence would become a paragraph; the lines of one
// paragraph are joined instead. The block must look like that throughout:
// at least two paragraphs of two or more lines, every line of those a
// finished sentence ("." "!" "?" or "…", before any closing quote), none a
// list item. A block of short lines (an address, a verse, a list) is left
// a line at a time.

// brParagraphs gives the paragraphs of such a block, ok false otherwise.
func brParagraphs(text string) (paras []string, ok bool) {
	if !strings.Contains(text, "\n\n") {
		return nil, false
	}
	multi := 0
	for _, group := range strings.Split(text, "\n\n") {
		var lines []string
		for _, line := range strings.Split(group, "\n") {
			if line = squeezeSpacesKeepingNoBreak(line); line != "" {
				lines = append(lines, line)
			}
		}
		if len(lines) == 0 {
			continue
		}
		if len(lines) > 1 {
			multi++
			for _, line := range lines {
				if !brSentenceLine(line) {
					return nil, false
				}
			}
		}
		paras = append(paras, strings.Join(lines, " "))
	}
	if multi < 2 || len(paras) < 2 {
		return nil, false
	}
	return paras, true
}

// brSentenceLine reports a line that is a finished sentence of prose.
func brSentenceLine(s string) bool {
	if wordCount(s) < 3 || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "•") || strings.HasPrefix(s, "*") || reBrListNumber.MatchString(s) {
		return false
	}
	t := strings.TrimRight(s, "\"'”’»)] ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// afterBr gives a text node's text without the source's line break right
// after a <br> ("…notice.<br>\nThe operator …"), which is only markup
// layout: a <br> is one line break and <br><br> a blank line.
func afterBr(n *html.Node) string {
	if p := n.PrevSibling; p != nil && p.Type == html.ElementNode && p.DataAtom == atom.Br {
		return strings.TrimLeft(n.Data, " \t\r\n")
	}
	return n.Data
}

// brParagraphs writes the buffer as paragraphs when brParagraphs reads it
// so, and reports whether it did.
func (w *blockWalker) brParagraphs() bool {
	paras, ok := brParagraphs(w.buf.String())
	if !ok {
		return false
	}
	if w.brLines == nil {
		w.brLines = map[string]bool{}
	}
	for _, line := range strings.Split(w.buf.String(), "\n") {
		if line = squeezeSpacesKeepingNoBreak(line); line != "" {
			w.brLines[line] = true
		}
	}
	for _, p := range paras {
		w.units = append(w.units, unit{text: p, block: w.block})
		w.block++
	}
	w.buf.Reset()
	return true
}
