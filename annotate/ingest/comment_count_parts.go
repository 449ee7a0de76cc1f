package ingest

import "regexp"

// A byline line may end with the story's comment count beside its date:
// "By Jane Roe | Oct 13, 2026, 1:47 PM PDT | 12 comments". The count is a
// link to the comments below, so headerParts lets it pass like a reading
// time, and the line stays the header it is.

// reCommentCount matches a part that is only a count of comments or
// replies: "12 comments", "1 comment", "No comments", "1.2K replies",
// "Comments (14)", "Comments: 14".
var reCommentCount = regexp.MustCompile(`^(?i:(?:\d[\d,.]*[km]?|no|one)\s+(?:comments?|replies|responses)|(?:comments?|replies)\s*(?:\(\d[\d,]*\)|:\s*\d[\d,]*))$`)

// commentCountPart reports a header part that only counts comments.
func commentCountPart(p string) bool {
	return len(p) <= 24 && reCommentCount.MatchString(p)
}
