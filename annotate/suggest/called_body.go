package suggest

// calledBodyBefore returns, for a speaking "it" (mention i), the body an
// earlier sentence of its paragraph names with "is called" or "is named"
// after a description ("The water company is called Severn Vale Water. It
// looks after the drains. It said …"), when no other body is named
// between; -1 otherwise.
func (r *resolver) calledBodyBefore(i int) int {
	f := r.f
	m := r.mentions[i]
	if m.att < 0 || f.quoted(m.r.a) {
		return -1
	}
	para := f.toks[m.r.a].para
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.toks[c.r.a].para != para {
			return -1
		}
		if c.pronoun || !c.named || c.person || c.plural || f.quoted(c.r.a) {
			continue
		}
		a := c.r.a
		if f.low(a) == "the" {
			a--
		}
		if (f.low(a-1) == "called" || f.low(a-1) == "named") && (f.low(a-2) == "is" || f.low(a-2) == "was") {
			return j
		}
		return -1 // another body named nearer
	}
	return -1
}
