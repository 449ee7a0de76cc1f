package suggest

// This file holds a boundary rule of statements: a thread's post counter
// ("… at home. 6/12") that closes a paragraph is no part of a content.

import "strconv"

// trimPostCounter cuts a content before a post counter "N/M" (N ≤ M) that
// ends its paragraph right after a sentence's closing mark: "said the
// works would reopen on Friday. 3/9" ends at "Friday". A ratio in the
// sentence itself ("the score was 3/4") has no full stop before it and
// stays.
func (f *finder) trimPostCounter(r rng) int {
	k := r.b - 3 // the counter's first number
	if k <= r.a+1 || !f.word(k) || !f.is(k+1, "/") || !f.word(k+2) || !f.glued(k+1) || !f.glued(k+2) || f.glued(k) {
		return r.b
	}
	if r.b < len(f.toks) && f.toks[r.b].para == f.toks[k].para {
		return r.b
	}
	n, err1 := strconv.Atoi(f.toks[k].text)
	m, err2 := strconv.Atoi(f.toks[k+2].text)
	if err1 != nil || err2 != nil || n < 1 || m < 2 || n > m {
		return r.b
	}
	p := k - 1
	for p > r.a && f.toks[p].kind == tQuote {
		p--
	}
	if !f.is(p, ".") && !f.is(p, "!") && !f.is(p, "?") {
		return r.b
	}
	return k
}
