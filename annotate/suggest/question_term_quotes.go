package suggest

// This file lets an interview's question set apart hold a quoted term, as
// Q&A pages print the interviewer's follow-ups on the subject's own words
// ("Your paper calls the decline ‘quiet’. Why that word?", "You have called
// the deal “a trap”. Do you still think so?"). Such a paragraph is the
// interviewer's question, not part of the answer before it; a paragraph
// that opens with a quotation or quotes a longer passage is no question set
// apart (near-miss: "“Why now?” she asked.").

// questionTermWords bounds a quoted term: a word or a short phrase.
const questionTermWords = 3

// questionTermQuote reports whether token k of the paragraph of tokens t
// belongs to a quoted term: a quotation of at most questionTermWords words
// that opens after the paragraph's first token and closes inside it.
func (f *finder) questionTermQuote(t rng, k int) bool {
	qi := f.toks[k].quote
	if qi < 0 || qi >= len(f.quotes) {
		return false
	}
	q := f.quotes[qi]
	return q.words <= questionTermWords && q.t0 > t.a && q.t1 < t.b
}
