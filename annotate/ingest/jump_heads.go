package ingest

import "regexp"

// A printed paper's story that runs on to another page carries a jump
// head there: a few words of the headline, often in capitals, with the jump
// in brackets after them ("FLOOD MEETING (continued from page 1)", "Bypass
// row (cont. from p.3)"). reJumpLine (pdftext.go) only knew the jump on a
// line of its own, so the head stayed in the middle of the story. A
// sentence that mentions a page in brackets has more words, or a full stop.

// reJumpHead matches such a head: up to eight words, then the bracketed
// jump from another page.
var reJumpHead = regexp.MustCompile(`^[^.!?:;]{3,60}? \((?i:continued|cont\.|cont’d|cont'd) from (?i:page|p\.) ?\d{1,4}\)$`)

// jumpHead reports a jump head (reJumpHead).
func jumpHead(s string) bool {
	return wordCount(s) <= 12 && reJumpHead.MatchString(s)
}
