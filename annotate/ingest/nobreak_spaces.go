package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// isNoBreakSpace reports the spaces a writer puts on purpose where a line
// must not break: U+00A0 (no-break space) and U+202F (narrow no-break
// space, the one French typography sets inside « » and before : ; ! ?).
func isNoBreakSpace(r rune) bool {
	return r == '\u00a0' || r == '\u202f'
}

// squeezeSpacesKeepingNoBreak trims a line and turns each run of white
// space inside it into one plain space, as strings.Fields and a join did,
// except a run made only of no-break spaces, which stays as the source
// wrote it: the stored text keeps the source's characters («\u202fOui\u202f»
// is not « Oui »). Leading and trailing no-break spaces go with the rest
// (a paragraph of "&nbsp;" is empty).
func squeezeSpacesKeepingNoBreak(s string) string {
	s = strings.TrimFunc(s, unicode.IsSpace)
	if s == "" {
		return ""
	}
	// Most lines have no space but single plain ones: nothing to copy.
	plain := true
	prevSpace := false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (r != ' ' || prevSpace) {
			plain = false
			break
		}
		prevSpace = sp
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		j, onlyNoBreak := i, true
		for j < len(s) {
			r2, size2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r2) {
				break
			}
			if !isNoBreakSpace(r2) {
				onlyNoBreak = false
			}
			j += size2
		}
		if onlyNoBreak {
			b.WriteString(s[i:j])
		} else {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

// The HTML extractor squeezes white space with strings.Fields, which
// counts no-break spaces as white space. While it runs they stand in text
// nodes as two Unicode noncharacters (never in interchange text), which
// it keeps; every read of a text node puts the real ones back.
const (
	noBreakStandIn       = '\ufdd0'
	narrowNoBreakStandIn = '\ufdd1'
)

var (
	hideNoBreak    = strings.NewReplacer("\u00a0", string(noBreakStandIn), "\u202f", string(narrowNoBreakStandIn))
	restoreNoBreak = strings.NewReplacer(string(noBreakStandIn), "\u00a0", string(narrowNoBreakStandIn), "\u202f")
)

// hideNoBreakSpacesFromExtractor swaps the no-break spaces of the page's
// text nodes for their stand-ins.
func hideNoBreakSpacesFromExtractor(n *html.Node) {
	if n.Type == html.TextNode && strings.ContainsAny(n.Data, "\u00a0\u202f") {
		n.Data = hideNoBreak.Replace(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		hideNoBreakSpacesFromExtractor(c)
	}
}

// restoreNoBreakSpaces puts the real no-break spaces back in text read
// from the page.
func restoreNoBreakSpaces(s string) string {
	if !strings.ContainsAny(s, string(noBreakStandIn)+string(narrowNoBreakStandIn)) {
		return s
	}
	return restoreNoBreak.Replace(s)
}
