package suggest

// sameRankOrFormer is sameRank, except that a bare occupation ("the
// singer", "the goalkeeper") may stand for a person the text introduced as
// its former holder ("Lyra Vance, the former lead singer of the band … the
// singer said"). Someone who no longer sings in a band is still the singer
// a story is about; "former" changes who is meant only before an office or
// a role a body fills one holder at a time ("the former mayor", "the former
// manager" is not the mayor or manager of today), which roleNouns and
// titleWords list, so those keep sameRank's strict rule. Only "former" is
// let go: "deputy", "assistant" and the rest still name another post.
func (r *resolver) sameRankOrFormer(ws []string, head string, c mention) bool {
	if r.sameRank(ws, c) {
		return true
	}
	if roleNouns[head] || titleWords[head] || occupationTitles[head] {
		return false
	}
	for _, x := range ws {
		if rankWords[bare(x)] {
			return false
		}
	}
	has := func(w string) bool { return hasWord(r.heads[c.canonical], w) || hasWord(c.heads, w) }
	for w := range rankWords {
		if w != "former" && has(w) {
			return false
		}
	}
	return has("former")
}
