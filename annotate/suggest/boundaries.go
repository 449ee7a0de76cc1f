package suggest

// This file holds boundary rules of statements: where a content ends
// around an abbreviation's dot.

// keptAbbrevDot reports whether the dot at k, an abbreviation's ("10
// a.m.", "Acme Inc."), stays in a content that ends there: it does unless it
// also closes the sentence ("She said it began at 2 a.m." ends the
// statement at "a.m", as any sentence's full stop is left out).
func (f *finder) keptAbbrevDot(k int) bool {
	if !f.abbrevEnd(k) {
		return false
	}
	si := f.sentOfTok(k)
	return si >= len(f.sents) || f.sents[si].t1-1 != k
}

// speakerActsAfterComma are verbs of what a speaker does with words, other
// than saying ("…, and pointed to the penalty count", "…, and cited two
// surveys"): after ", and" they open a new verb phrase of the speaker, not
// a second verb of the reported clause.
var speakerActsAfterComma = words(`pointed cited noted stressed acknowledged argued recalled appealed
	thanked highlighted emphasised emphasized repeated reiterated`)

// trimSpeakerActAfterComma cuts a content before ", and" and one of
// speakerActsAfterComma with no subject of its own, once the content is a
// clause: "said his players had lost their heads, and pointed to twelve
// penalties" ends at "heads".
func (f *finder) trimSpeakerActAfterComma(r rng) int {
	for k := r.a + 3; k+2 < r.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || f.low(k+1) != "and" || !f.word(k+2) || f.quoted(k+2) || !speakerActsAfterComma[f.low(k+2)] {
			continue
		}
		if f.clauseLike(rng{r.a, k}) {
			return k
		}
	}
	return r.b
}
