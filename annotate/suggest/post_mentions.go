package suggest

// mentionInPost reports whether token k of a post paragraph opening at
// token first lies in a short quotation inside the paragraph: words the
// post mentions ("Reminder that ‘your money is safe’ and ‘…’ are two very
// different sentences"), which leave it a post. A paragraph opening with a
// quotation, or holding a long one, is no pasted post.
func (f *finder) mentionInPost(k, first int) bool {
	qi := f.toks[k].quote
	if qi < 0 {
		return false
	}
	q := f.quotes[qi]
	return q.t0 > first && q.words <= 6
}

// postCues write a post ("…, a nurse in Leeds, who wrote:").
var postCues = words(`write post tweet`)

// relativePost reports whether the cue at c, in a relative clause, frames
// the post pasted after its colon ("Dana Roe, a nurse, who wrote:"); "…,
// who wrote most of them, …" writes no statement.
func (x *text) relativePost(c int) bool {
	return postCues[cueWords[x.low(c)].lemma] && x.is(c+1, ":")
}
