package suggest

// This file gives a statement read out by someone else to the person it was
// read for: "Outside court, the family's solicitor, Tom Reed, read a
// statement on behalf of the victim's mother, Ann Hale. ‘I miss him every
// day,’ the statement said." The statement is no voice of its own there,
// nor the reader's: it speaks for the person named after "on behalf of"
// (guidelines: a statement read out speaks for whoever it is from). A
// statement no sentence says was read for a person keeps its words.

// resolveReadStatements resolves every "the statement" still speaking as
// itself to the person the latest sentence naming a statement before it
// (in its zone) says it was read or issued on behalf of. It runs after
// issuedMedium, which gives "the statement" to whoever spoke "in a
// statement".
func (r *resolver) resolveReadStatements() {
	f := r.f
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || m.named || m.pronoun || m.r.b-m.r.a != 2 || f.low(m.r.a) != "the" || f.low(m.r.a+1) != "statement" {
			continue
		}
		if j := r.statementOwner(i); j >= 0 {
			c := r.mentions[j]
			m.antecedent, m.canonical, m.named, m.person, m.org, m.doc = j, c.canonical, c.named, true, false, false
		}
	}
}

// statementOwner finds, before mention i in its zone, the latest sentence
// naming a statement outside its quotations; when that sentence says the
// statement was "on behalf of" someone, it gives the first person named
// after those words who is not only an owner ("Mr Hale's widow" is not Mr
// Hale); -1 otherwise.
func (r *resolver) statementOwner(i int) int {
	f := r.f
	at := r.mentions[i].r.a
	zone := f.paraZone[f.toks[at].para]
	for si := f.sentOfTok(at) - 1; si >= 0; si-- {
		s := f.sents[si]
		if f.paraZone[s.para] != zone {
			return -1
		}
		named, behalf := false, -1
		for k := s.t0; k < s.t1; k++ {
			if !f.word(k) || f.quoted(k) {
				continue
			}
			if f.low(k) == "statement" {
				named = true
			}
			if behalf < 0 && named && f.low(k) == "behalf" && f.low(k-1) == "on" && k+1 < s.t1 && f.low(k+1) == "of" {
				behalf = k + 2
			}
		}
		if !named {
			continue
		}
		if behalf < 0 {
			return -1
		}
		for j, c := range r.mentions {
			if c.r.a < behalf || c.r.a >= s.t1 || c.pronoun || !c.person || c.canonical == "" || f.quoted(c.r.a) {
				continue
			}
			if possessiveWord(f.toks[c.r.b-1].text) {
				continue // "on behalf of Mr Hale's widow": the widow, not Mr Hale
			}
			return j
		}
		return -1
	}
	return -1
}
