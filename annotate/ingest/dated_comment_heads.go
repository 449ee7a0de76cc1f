package ingest

import "regexp"

// reDatedCommentHead matches a reader's comment heading that gives the
// comment's date and clock time rather than its age: "jamie_k · 10 Feb
// 2027, 11:02", "Sue H. | March 3, 2027 at 9:14 pm", perhaps with the
// comment joined after it (a Markdown page's soft line break). The
// handle is up to four words with no separator in them; commentHead
// (comment_heads.go) reads only ages ("2 hours ago").
var reDatedCommentHead = regexp.MustCompile(`^[^\s·•|]{1,30}(?: [^\s·•|]{1,30}){0,3} [·•|] (?:\d{1,2} \p{Lu}\p{Ll}{2,8}\.? \d{4}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}),?(?: at)? \d{1,2}[:.]\d{2}(?: ?(?i:am|pm|a\.m\.|p\.m\.))?(?:\s|$)`)

// datedCommentHead reports a comment heading with a date and time
// (reDatedCommentHead). removeComments takes it, like a handle and an
// age, as the sign that a comments heading opens a thread of comments.
func datedCommentHead(s string) bool {
	return len(s) > 12 && reDatedCommentHead.MatchString(s)
}
