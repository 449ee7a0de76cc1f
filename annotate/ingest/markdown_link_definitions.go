package ingest

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/util"
)

// A Markdown page may write its links by reference: "[announced on
// Monday][1]" in the text and "[1]: https://… "Title"" on a line of its
// own, usually at the end. The parser takes the definition lines out of
// the text, which is right, but they are page lines the analyst may want
// to see (where a claim's source lives), so they are kept in meta.removed
// like any other removed line. Only lines the parser read as definitions
// count: a "[1]: …" line in a code block, or one whose label no link uses
// and that the parser therefore kept as text, stays where it is.

// reLinkDefinitionLine matches a link reference definition's line: up to
// three spaces, a bracketed label (not a footnote's "[^1]"), a colon and a
// destination.
var reLinkDefinitionLine = regexp.MustCompile(`^ {0,3}\[([^\]^][^\]]{0,998})\]:\s*\S`)

// linkDefinitionLines returns the lines of src that the parser, with the
// context pc it parsed src in, read as link reference definitions.
func linkDefinitionLines(src string, pc parser.Context) []string {
	if !strings.Contains(src, "]:") {
		return nil
	}
	var lines []string
	for _, line := range strings.Split(src, "\n") {
		m := reLinkDefinitionLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if _, ok := pc.Reference(util.ToLinkReference([]byte(m[1]))); ok {
			lines = append(lines, strings.TrimSpace(line))
		}
	}
	return lines
}
