package suggest

// This file drops quotations of a text read or recited aloud, as reports
// of services, ceremonies and readings print them ("She began with a
// reading from Ecclesiastes: ‘To every thing there is a season …’", "The
// service closed with lines from Crane’s poem, which the canon read: ‘…’"):
// scripture, a poem or a hymn in quotation marks is quoted text, no
// statement of the one who reads it (guidelines, not statements).

// recitalNouns name a read or recited text wherever they stand.
var recitalNouns = words(`poem poems psalm psalms hymn hymns verse verses sonnet sonnets scripture scriptures epitaph elegy`)

// recitalFromNouns name one only before "from" or "of" ("a reading
// from", "lines from", "a passage of"), since "the reading on the meter"
// or "party lines" name none.
var recitalFromNouns = words(`reading readings lines passage passages extract excerpt`)

// recitalVerbs recite a text; reading aloud does not stop a recital frame
// being one ("which the canon read from the pulpit").
var recitalVerbs = words(`recited recites recite reciting read reads sang sung sings intoned quoted quotes`)

// dropRecitedTexts drops the direct statements from first on that are one
// quotation opened right after a colon, when the frame before the colon,
// in the same sentence, names a recited text ("a reading from", "poem",
// "recited") and no reporting verb other than reading or reciting follows
// that name (near-miss: "Asked about her poem, she said: ‘…’").
func (f *finder) dropRecitedTexts(first int) {
	for k := first; k < len(f.atts); k++ {
		a := &f.atts[k]
		if a.dropped || !a.direct || a.content.empty() || !f.quoted(a.content.a) {
			continue
		}
		qi := f.toks[a.content.a].quote
		q := f.quotes[qi]
		if q.t0 != a.content.a || q.t1+1 != a.content.b || q.t0 == 0 || !f.is(q.t0-1, ":") {
			continue
		}
		if f.recitalFrame(f.sents[a.sent].t0, q.t0-1) {
			a.dropped = true
		}
	}
}

// recitalFrame reports whether tokens [lo, hi) name a recited text and
// hold no other reporting verb after the last such name.
func (f *finder) recitalFrame(lo, hi int) bool {
	named := false
	for t := lo; t < hi; t++ {
		if !f.word(t) || f.quoted(t) {
			continue
		}
		l := f.low(t)
		switch {
		case recitalNouns[l] || l == "recited" || l == "recites" || l == "reciting":
			named = true
		case recitalFromNouns[l] && (f.low(t+1) == "from" || f.low(t+1) == "of"):
			named = true
		case named && !recitalVerbs[l] && f.low(t+1) != "for": // "the psalm she had asked for"
			if _, ok, _ := f.cueAt(t, lo); ok {
				named = false // "Asked about the poem, she said:"
			}
		}
	}
	return named
}
