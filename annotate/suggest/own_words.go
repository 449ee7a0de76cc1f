package suggest

// nameGivingVerbs give a thing a name rather than judge it: "the local paper
// called them the “ghosts of the river”", "fans dubbed him the “iron
// wall”".
var nameGivingVerbs = words(`called calls dubbed dubs nicknamed branded labelled labeled termed`)

// nicknameQuote reports whether quotation q after the characterising verb
// at c is a name given to something: the verb, at most three words of
// object, then "the" outside the marks ("called them the “…”"). A name is
// no statement; a judgement in the marks ("called the fee “a tax on the
// patient”") and "described it as the “…”" still are.
func (f *finder) nicknameQuote(c int, q quotation) bool {
	if !nameGivingVerbs[f.low(c)] || f.low(q.t0-1) != "the" || f.quoted(q.t0-1) {
		return false
	}
	obj := q.t0 - 1 - (c + 1)
	return obj >= 1 && obj <= 3
}

// authorDocuments are the things an organisation writing about itself
// publishes in its own name: "Our first status page update … It read:
// “…”" quotes the author's own earlier words.
var authorDocuments = words(`update updates post notice message statement announcement email e-mail tweet alert banner note letter`)

// authorsOwnDocument reports whether the subject sp of a colon frame in
// sentence si ("It read: “…”", "Our notice said: “…”") is a document the
// author published: a phrase opening with "our" or "my" whose words name a
// document, or "it" right after a sentence that opens with one. The
// author's own words are never a statement (guidelines: the author is not
// a speaker); a document of someone else ("Their notice read: …") and
// "our reporter" stay.
func (f *finder) authorsOwnDocument(sp rng, si int) bool {
	if sp.b-sp.a == 1 && f.low(sp.a) == "it" {
		if si == 0 || f.sents[si-1].para != f.sents[si].para {
			return false
		}
		p := f.sents[si-1]
		return f.ownDocumentPhrase(p.t0, min(p.t1, p.t0+6))
	}
	return f.ownDocumentPhrase(sp.a, sp.b)
}

// ownDocumentPhrase reports whether tokens [a, b) open with "our" or "my"
// and name a document before any other token kind.
func (f *finder) ownDocumentPhrase(a, b int) bool {
	if l := f.low(a); l != "our" && l != "my" {
		return false
	}
	for k := a + 1; k < b && f.word(k); k++ {
		if authorDocuments[f.low(k)] {
			return true
		}
	}
	return false
}
