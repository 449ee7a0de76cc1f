package ingest

import "strings"

// commentAges are the words that end a comment's age: "2 hours ago",
// "yesterday", "just now".
var commentAges = []string{" ago ", " yesterday ", " just now "}

// commentHead reports a reader's comment whose name-and-age line and text
// were joined into one paragraph: a page saved as Markdown quotes each
// comment as "> **Jan W.** · 2 hours ago" over "> Good on …", and the
// quote's soft line break makes one line of them ("Jan W. · 2 hours ago
// Good on …"). What comes before the age must be a whole comment
// heading (reCommentMeta: a handle of up to four words, a separator and
// the age) and no stamp ("Posted - 3 hours ago by …", dateWords); a
// sentence that only says when something happened ("The council met 2
// hours ago …") has no separator after a handle and is no comment.
func commentHead(s string) bool {
	for _, age := range commentAges {
		k := strings.Index(s, age)
		if k <= 0 || k > 80 {
			continue
		}
		head := s[:k+len(age)-1]
		first, _, _ := strings.Cut(head, " ")
		if strings.ContainsAny(head, "·•|–-") && !dateWords[strings.ToLower(first)] && reCommentMeta.MatchString(head) {
			return true
		}
	}
	return false
}
