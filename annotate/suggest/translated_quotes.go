package suggest

// This file holds quotations printed in their original language and
// followed by a translation in brackets: «Sin barcos no hay pueblo»
// (“Without boats there is no town”), or with square brackets. The
// original and its translation are one statement that runs to the closing
// bracket; a bracket of plain words after a quotation ("(in Spanish)") is
// no translation and stays outside.

// translationAfter returns the token just past the bracketed translation
// that follows the token before k ("(“…”)" or "[“…”]" starting at k), and
// whether there is one: an opening bracket, a quotation that fills it and
// its closing bracket.
func (f *finder) translationAfter(k int) (int, bool) {
	if k+1 >= len(f.toks) || !(f.is(k, "(") || f.is(k, "[")) || f.toks[k+1].kind != tQuote {
		return k, false
	}
	q := f.quotes[f.toks[k+1].quote]
	closer := ")"
	if f.is(k, "[") {
		closer = "]"
	}
	if q.t0 != k+1 || !f.is(q.t1+1, closer) || f.toks[q.t1+1].para != f.toks[k].para {
		return k, false
	}
	return q.t1 + 2, true
}

// translationEnd returns the token just past quotation q and the
// translation in brackets after it, or just past q when none follows.
func (f *finder) translationEnd(q quotation) int {
	if e, ok := f.translationAfter(q.t1 + 1); ok {
		return e
	}
	return q.t1 + 1
}

// extendTranslations stretches the statements found from first on that end
// at a quotation's closing mark over the translation after it, and those
// that stop inside the translation's brackets ("«…» (“…”") to its closing
// bracket.
func (f *finder) extendTranslations(first int) {
	for k := first; k < len(f.atts); k++ {
		a := &f.atts[k]
		b := a.content.b
		if a.dropped || b <= a.content.a || b >= len(f.toks) || f.toks[b-1].kind != tQuote {
			continue
		}
		if q := f.quotes[f.toks[b-1].quote]; q.t1 != b-1 {
			continue
		} else if e, ok := f.translationAfter(b); ok {
			a.content.b = e
			continue
		} else if o := q.t0 - 1; o > a.content.a && f.toks[o-1].kind == tQuote && f.quotes[f.toks[o-1].quote].t1 == o-1 {
			if e, ok := f.translationAfter(o); ok && e == b+1 {
				a.content.b = e
			}
		}
	}
}
