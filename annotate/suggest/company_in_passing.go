package suggest

// companyOverPassing returns the company a generic company description
// ("The company said") stands for when the nearest company, near, was named
// once only and in passing, as a speaker's affiliation ("Priya Venn, of the
// advisory group Fairvote Partners, said"): the other company the zone
// names most, if any; -1 otherwise.
func (r *resolver) companyOverPassing(i, near int) int {
	if near < 0 || !r.affiliationAt(r.mentions[near].r.a) {
		return -1
	}
	c := r.mentions[near]
	n := 0
	for j := 0; j < i; j++ {
		if r.mentions[j].canonical == c.canonical && !r.mentions[j].pronoun {
			n++
		}
	}
	if n != 1 {
		return -1
	}
	return r.mostNamed(i, func(o mention) bool {
		return o.named && o.org && !o.plural && !o.pronoun && o.canonical != "" && o.canonical != c.canonical &&
			r.company(o) && !r.affiliationAt(o.r.a)
	}, nil)
}

// affiliationAt reports whether the mention opening at token a is a person's affiliation in an
// apposition: ", of" before it, a few lower-case words or "the" between
// ("Ann Lee, of the advisory group Fairvote Partners, said").
func (r *resolver) affiliationAt(a int) bool {
	f := r.f
	k := a - 1
	for s := 0; s < 5 && k > 0 && f.word(k) && !isCap(f.toks[k].text) && f.low(k) != "of"; s++ {
		k--
	}
	if k > 0 && f.word(k) && f.low(k) == "the" {
		k--
	}
	return k > 0 && f.low(k) == "of" && f.is(k-1, ",")
}
