package ingest

import "strings"

// bracketedSlashCredit reports a photo credit in brackets that names the
// photographer and the outlet with a slash between them, as a caption ends
// on it: "(Marta Silva / Herald)", "[Tom Reyes/The Courier]". isCredit
// reads "Name / Agency" bare; in brackets the "(" before the name failed
// its test for capitals, so the caption and its credit stayed a paragraph
// (and one under the headline took the standfirst's place). The name
// before the slash is two to four words, so a bracketed choice ("(Yes /
// No)") is no credit.
func bracketedSlashCredit(s string) bool {
	if len(s) < 7 || !(s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') {
		return false
	}
	in := strings.TrimSpace(s[1 : len(s)-1])
	left, right, ok := strings.Cut(in, "/")
	if !ok || strings.ContainsAny(in, "()[]") || strings.Contains(in, "://") {
		return false
	}
	left, right = strings.TrimSpace(left), strings.TrimSpace(right)
	if w := wordCount(left); w < 2 || w > 4 || wordCount(right) < 1 || wordCount(right) > 5 {
		return false
	}
	return isCreditNames(left) && isCreditNames(strings.ReplaceAll(right, "/", " "))
}
