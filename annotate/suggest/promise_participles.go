package suggest

// Participles of promise report what follows them when it is a quotation
// or a that-clause (", promising “steady hands”", ", vowing that the
// line would reopen"); with an infinitive or a bare object (", promising
// to cut fares", ", promising a review") they report an act, which the
// that-class leaves alone.
func init() {
	participles["promising"] = cueWord{lemma: "promise", class: cueThat}
	participles["pledging"] = cueWord{lemma: "pledge", class: cueThat}
	participles["vowing"] = cueWord{lemma: "vow", class: cueThat}
}

// participleQuote reads a quotation right after a participle cue as its
// whole content when an adverbial clause, a comma or the sentence's end
// follows it (", promising “…” as forecasts improved"): the clause after
// it is the writer's.
func (f *finder) participleQuote(a *attribution, c, end int) bool {
	j := c + 1
	if j >= end || f.toks[j].kind != tQuote {
		return false
	}
	q := f.quotes[f.toks[j].quote]
	if q.t0 != j || q.words < 2 || q.t1 >= end {
		return false
	}
	if k := q.t1 + 1; k < end && !f.is(k, ",") && f.low(k) != "as" && !adverbialOpeners[f.low(k)] {
		return false
	}
	a.content = rng{q.t0, q.t1 + 1}
	return true
}
