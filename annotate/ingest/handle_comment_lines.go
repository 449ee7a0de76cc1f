package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// A local paper's page may print its readers' comments as bare
// "handle: text" lines under the story ("Fellwalker88: Great day out.",
// "K.Dunn: Well done all!!"), with no name-and-age line or "Reply"
// links for removeComments to confirm them by, and sometimes with no
// "Comments" heading at all. Readers' comments are no part of the article.
// A run of two such lines or more goes when it stands under removed
// furniture and either under a comments heading or last in the page's
// kept text, each handle one word (letters, digits, "." "_" "-") that the
// story never names, from two readers or more. A transcript's "SMITH:"
// or "Q:" turns, a "Note:" label, or speakers the story names, stay.

// reHandleComment matches a comment line: a one-word handle, a colon and
// the comment.
var reHandleComment = regexp.MustCompile(`^([\p{L}\d][\p{L}\d._-]{1,29}):\s+\S`)

// commentLabelWords are labels a story's own lines open with.
var commentLabelWords = setOf("note", "notes", "source", "sources", "update", "updated", "correction", "editor",
	"q", "a", "question", "answer", "interviewer", "host", "caller", "warning", "disclaimer", "contact", "email",
	"tel", "phone", "web", "website", "address", "tickets", "where", "when", "price", "photo", "picture", "video",
	"read", "related", "see", "more", "also", "pictured", "main", "top", "inset", "above", "below", "left", "right")

// commentHandle returns the handle of a reader's comment line, or "".
func commentHandle(s string, words int) string {
	if words > 60 {
		return ""
	}
	m := reHandleComment.FindStringSubmatch(s)
	if m == nil || commentLabelWords[strings.ToLower(m[1])] {
		return ""
	}
	upper, letters := 0, 0
	for _, r := range m[1] {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters > 0 && upper == letters { // "SMITH:", a transcript's speaker
		return ""
	}
	return m[1]
}

// removeHandleComments removes a run of bare "handle: text" comment lines
// under the story.
func removeHandleComments(units []unit, kinds []junk, removed [][]string, wc []int) {
	paras := 0
	for i := 0; i < len(units); i++ {
		if kinds[i] == keep && wc[i] >= 15 && commentHandle(units[i].text, wc[i]) == "" {
			paras++
		}
		if paras < 3 || i == 0 || kinds[i] != keep || kinds[i-1] == keep || units[i].role != "" || commentHandle(units[i].text, wc[i]) == "" {
			continue
		}
		j := i
		handles := map[string]bool{}
		for j < len(units) && kinds[j] == keep && units[j].role == "" {
			h := commentHandle(units[j].text, wc[j])
			if h == "" {
				break
			}
			handles[h] = true
			j++
		}
		if j-i < 2 || len(handles) < 2 {
			continue
		}
		heading := reCommentsHeading.MatchString(strings.TrimRight(strings.TrimSpace(units[i-1].text), ":.…"))
		if !heading && nextKept(kinds, j) >= 0 {
			continue
		}
		named := false
		for h := range handles {
			named = named || handleNamedOutside(units, kinds, i, j, h)
		}
		if named {
			continue
		}
		for k := i; k < j; k++ {
			kinds[k] = junkChrome
			removed[k] = []string{units[k].text}
		}
		i = j - 1
	}
}

// handleNamedOutside reports whether handle stands as a word in a kept
// unit outside the run [i, j).
func handleNamedOutside(units []unit, kinds []junk, i, j int, handle string) bool {
	for k, u := range units {
		if k >= i && k < j || kinds[k] != keep {
			continue
		}
		for _, w := range strings.Fields(u.text) {
			w = strings.TrimRight(w, ".,;:!?”’\"'")
			if w == handle || strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s") == handle {
				return true
			}
		}
	}
	return false
}
