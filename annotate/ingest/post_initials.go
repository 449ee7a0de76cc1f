package ingest

import "regexp"

// reInitialsSignature matches a live post's writer signed by initials
// alone on a line: "— DP", "– SN", "- JK/LM" (two or three letters each).
var reInitialsSignature = regexp.MustCompile(`^[—–-][ ]?\p{Lu}{2,3}(?:/\p{Lu}{2,3})?$`)

// removeInitialsSignatures removes the initials a live page sets under its
// posts: a line of a dash and the initials, when the page signs two posts
// or more that way (the writers take turns). A lone such line stays.
func removeInitialsSignatures(units []unit, kinds []junk, removed [][]string) {
	n := 0
	for _, u := range units {
		if reInitialsSignature.MatchString(u.text) {
			n++
		}
	}
	if n < 2 {
		return
	}
	for i, u := range units {
		if kinds[i] == keep && u.role == "" && reInitialsSignature.MatchString(u.text) {
			kinds[i] = junkChrome
			removed[i] = []string{u.text}
		}
	}
}
