package suggest

import "strings"

// keepDescribedBody undoes resolveDescription for "the <modifier> <body>"
// ("The health board said") resolved to a body whose name and heads share
// neither word ("Trenance Primary"): an unnamed body of another kind is
// the body as described (before is the mention as it was before).
func (r *resolver) keepDescribedBody(i int, before mention) {
	f := r.f
	m := &r.mentions[i]
	if before.named || m.r.b-m.r.a != 3 || f.low(m.r.a) != "the" || m.canonical == before.canonical || !m.org {
		return
	}
	mod, head := f.low(m.r.a+1), f.low(m.r.a+2)
	if !orgHeads[head] || companyHeads[head] || !f.word(m.r.a+1) || isCap(f.toks[m.r.a+1].text) {
		return
	}
	name := strings.ToLower(m.canonical)
	if strings.Contains(name, head) || strings.Contains(name, mod) || hasWord(r.heads[m.canonical], head) {
		return
	}
	r.mentions[i] = before
}

// companyHeads name any company by its trade ("the supermarket group"),
// so they may stand for one named under another word.
var companyHeads = words(`group company firm business maker chain retailer operator`)
