package suggest

// initialNotArticle reports whether the first of ws is a capital with its
// period opening a name ("A. Lakshmi Priya", "I. Okafor"): an initial, not
// the article "A" a name is stripped of. A bare "A" or "A" before a word in
// lower case stays an article.
func initialNotArticle(ws []string) bool {
	if len(ws) < 2 || len(ws[0]) != 2 || ws[0][1] != '.' || ws[0][0] < 'A' || ws[0][0] > 'Z' {
		return false
	}
	return isCap(ws[1])
}
