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

// headlessCommentThread reports a reader-comments thread whose heading the
// page or the extractor left out, so that the first comment's own
// name-and-age line follows the story ("HarbourStWatcher · 2 hours ago",
// "GH_1971 · Nov. 17, 2027 6:12 a.m."): the line at i is such a comment
// head, and the dozen lines after it hold another one and a comment's
// controls ("Reply · Report", "Reply Report ▲ 24"). A live page's stamped
// entries ("Politics desk · 2 hours ago") have heads but no controls, and
// stay.
func headlessCommentThread(units []unit, wc []int, i int) bool {
	if !commentHeadLine(units[i].text, wc[i]) {
		return false
	}
	heads, controls := 0, 0
	for j := i + 1; j < len(units) && j <= i+12; j++ {
		s := strings.TrimSpace(units[j].text)
		switch {
		case commentHeadLine(s, wc[j]):
			heads++
		case commentLine(s):
			controls++
		}
	}
	return heads >= 1 && controls >= 1
}

// commentHeadLine reports a comment's name-and-age line (reCommentMeta) or
// name-and-date line (datedCommentHead) standing alone.
func commentHeadLine(s string, words int) bool {
	s = strings.TrimSpace(s)
	return words <= 10 && (reCommentMeta.MatchString(s) || datedCommentHead(s))
}
