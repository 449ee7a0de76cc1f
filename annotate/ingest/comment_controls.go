package ingest

import "regexp"

// reCommentControl matches the controls a reader-comments section prints
// around its comments: the sign-in prompt ("Sign in or register to
// comment.", "Log in to post a comment", "Log in or register to join the
// debate."), the sort switch ("Sort by: Newest
// | Oldest") and the pager ("Load more comments"). Each is a whole line;
// the same words inside a sentence ("Residents can sign in to comment on
// the plan until Friday") are article text.
var reCommentControl = regexp.MustCompile(`^(?i:(?:please\s+)?(?:sign|log)\s*in(?:\s+or\s+(?:register|sign\s*up|create an account))?\s+to\s+(?:comment|reply|post a comment|leave a comment|join the (?:conversation|discussion|debate))|you (?:must|need to) be (?:signed|logged) in to (?:comment|post a comment|reply)|sort(?:ed)?\s+(?:comments\s+)?by\s*:?\s*(?:newest|oldest|best|top|popular|most liked|most recent|latest)(?:\s*[|/·•,]\s*(?:newest|oldest|best|top|popular|most liked|most recent|latest))*|(?:load|show|view) (?:more|older|newer) comments|be the first to comment)[.!]?$`)

// commentControl reports a line that is one of a comment section's
// controls. It marks the line as chrome wherever it stands, and under a
// comments heading it confirms that a comment thread follows, so the
// readers' "handle: text" lines go with it (removeComments).
func commentControl(s string, words int) bool {
	return words <= 12 && reCommentControl.MatchString(s)
}
