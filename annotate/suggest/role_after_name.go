package suggest

// roleAfterName makes a bare role set after a person's name between a
// comma and the sentence's end ("…,” said Mr Kulkarni, Deputy
// Commissioner.") that person: a "He" after it stands for the person, not
// for the role as someone else.
func (r *resolver) roleAfterName(i int) {
	f := r.f
	m := &r.mentions[i]
	if i == 0 || m.named || m.pronoun || m.plural || !m.person || m.att >= 0 || m.canonical == "" {
		return
	}
	p := r.mentions[i-1]
	if !p.named || !p.person || p.pronoun || p.r.b != m.r.a-1 || !f.is(p.r.b, ",") {
		return
	}
	if !f.is(m.r.b, ".") && !f.is(m.r.b, ";") && m.r.b < len(f.toks) {
		return
	}
	m.canonical, m.antecedent, m.named = p.canonical, i-1, true
}
