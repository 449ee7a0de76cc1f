package suggest

// toldBodyOnly reports whether a description's current antecedent (mention
// cur) is a body of no known kind the text names only as the one told
// ("told the Post", "said to the Courier"), while best is a body of the
// description's kind: "Its director told the Post …. The company said"
// is the company, not the newspaper it spoke to.
func (r *resolver) toldBodyOnly(cur, best int, head string) bool {
	if cur < 0 || best < 0 || cur == best || r.bodyKindFit(head, r.mentions[cur]) != 0 || r.bodyKindFit(head, r.mentions[best]) <= 0 {
		return false
	}
	f := r.f
	name := r.mentions[cur].canonical
	for _, c := range r.mentions {
		if c.canonical != name || c.pronoun || !c.named || c.antecedent >= 0 {
			continue
		}
		k := c.r.a - 1
		if f.low(k) == "the" {
			k--
		}
		if f.low(k) != "told" && f.low(k) != "to" {
			return false
		}
	}
	return true
}
