package ingest

import (
	"regexp"
	"strings"
)

// Two reader-comment sections the comment rules did not know, so the
// comments' text stayed under the story:
//   - a blog's thread under a heading naming the post: "23 thoughts on
//     “Brigade told to stay put”", "4 responses to "…"", each comment
//     opening "Sue H. says:" over its date;
//   - a local paper's plain list under "Comments (3)", one comment a line
//     after its handle and a colon: "Dalesfan62: Brilliant day out".
// A handle is what commentHandle (handle_comment_lines.go) takes it to be;
// here it counts only under a comments heading, two of them at least.

var (
	// reThreadHeading matches a blog's heading over its comments: a count,
	// "thoughts on" or "responses to", and the post's title in quotes.
	reThreadHeading = regexp.MustCompile(`^\d[\d,]*\s+(?i:thoughts?|responses?|comments?|replies|reactions?)\s+(?i:on|to)\s+["“‘'].{3,200}["”’']$`)
	// reCommenterSays matches the line naming a blog comment's writer:
	// "Sue H. says:", "Mark Tolley says:".
	reCommenterSays = regexp.MustCompile(`^\S[^:"“”]{0,40} (?i:says|said|wrote):$`)
)

// commentsOpening reports a blog's heading over its comment thread
// (reThreadHeading).
func commentsOpening(s string) bool {
	return wordCount(s) <= 40 && reThreadHeading.MatchString(strings.TrimSpace(s))
}

// commentsUnder reports whether the dozen lines after a comments heading at
// i hold a blog comment's "… says:" line or two comments after a handle.
func commentsUnder(units []unit, i int) bool {
	handles := 0
	for j := i + 1; j < len(units) && j <= i+12; j++ {
		s := strings.TrimSpace(units[j].text)
		if reCommenterSays.MatchString(s) && wordCount(s) <= 6 {
			return true
		}
		if commentHandle(s, wordCount(s)) != "" { // handle_comment_lines.go
			handles++
		}
	}
	return handles >= 2
}
