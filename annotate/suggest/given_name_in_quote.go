package suggest

import "strings"

// givenNameInQuote returns, for "he" or "she" (mention i, gender g)
// speaking inside a quotation, the person named in full before the
// quotation whose given name the quoting speaker used earlier in it
// ("Sophie Vale, 19, died …. “Sophie phoned me every night. She used to
// say, ‘…’,” her mother said"): a parent or friend calls the person by the
// given name alone, which makes no mention of its own, and the pronoun
// after it is that person, never the quoting speaker. It looks only at
// capitalised words of the same quotation before the pronoun, and only at
// people whose whole name opens with that word; -1 if none.
func (r *resolver) givenNameInQuote(i int, g byte) int {
	f := r.f
	m := r.mentions[i]
	outer, ok := r.outerAttribution(i)
	if !ok {
		return -1
	}
	if !outer.direct || m.r.a < outer.content.a || m.r.a >= outer.content.b {
		return -1
	}
	q := r.quoter(i)
	for k := m.r.a - 1; k >= outer.content.a; k-- {
		if !f.word(k) || !isCap(f.toks[k].text) || pronouns[f.low(k)] || f.low(k) == "i" {
			continue
		}
		w := f.toks[k].text
		for j := i - 1; j >= 0; j-- {
			c := r.mentions[j]
			if !c.named || c.pronoun || !c.person || c.org || c.plural || c.canonical == "" || c.canonical == q || c.gender != 0 && c.gender != g || r.genders[c.canonical] != 0 && r.genders[c.canonical] != g {
				continue
			}
			if ws := strings.Fields(c.canonical); len(ws) >= 2 && ws[0] == w {
				return j
			}
		}
	}
	return -1
}
