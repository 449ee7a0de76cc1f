package ingest

import (
	"regexp"
	"strings"
)

// reDeskNote matches what a note to the desk says: the copy was pasted
// or copied in, something wants checking or fixing before it goes out
// ("[Pasted from email – check formatting before publishing]", "[Copied
// from the council's PDF; confirm figures before publication]", "[NB: do
// not publish before 10am]").
var reDeskNote = regexp.MustCompile(`(?i)\b(?:pasted|copied|check|verify|confirm|fix|before (?:publishing|publication|going live|it goes live)|do not (?:publish|run|use)|not for publication|sub(?:-| )?editors?|subs to)\b`)

// removeDeskNotes removes an editor's or a content system's note left in
// the copy on a line of its own and in square brackets: an instruction
// to whoever publishes the story, never read by the reader. The line must
// be short, wholly bracketed, say what a desk note says, and quote no
// one: a bracketed sentence of the story ("[The figures were checked by
// the council.]") reports what happened, in the past, with a full stop.
func removeDeskNotes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		t := strings.TrimSpace(u.text)
		if kinds[i] != keep || wc[i] > 20 || !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") {
			continue
		}
		inner := t[1 : len(t)-1]
		if strings.ContainsAny(inner, "[]\"“”") || strings.HasSuffix(inner, ".") || !reDeskNote.MatchString(inner) {
			continue
		}
		kinds[i] = junkChrome
		removed[i] = []string{u.text}
	}
}
