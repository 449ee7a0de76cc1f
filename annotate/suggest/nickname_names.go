package suggest

import "strings"

// This file reads a name with a quoted nickname inside, "Fiona “Rocket”
// Blair", 'Ewan "Tiny" McRae', as one person: the name without the
// nickname ("Fiona Blair") is learnt like any other name, so a later
// "Blair" is hers.

// learnNicknamedNames learns every given name, quoted nickname and surname
// in the text as the person's name without the nickname, before the names of the text are
// learnt, so that it keeps its surname over a later namesake.
func (r *resolver) learnNicknamedNames() {
	r.f.eachNicknamedName(func(name []string, _ string) { r.learn(name) })
}

// eachNicknamedName calls fn with each nicknamed name of the text
// (nicknamedName), in the text's order. Only the token before a
// quotation's opening mark can open one, so the quotations are gone
// through, not every token: asking every token, twice a document, cost
// about 1% of the suggester's instructions.
func (x *text) eachNicknamedName(fn func(name []string, nick string)) {
	for _, q := range x.quotes {
		if q.t0 < 1 {
			continue
		}
		if name, nick, ok := x.nicknamedName(q.t0 - 1); ok {
			fn(name, nick)
		}
	}
}

// nicknamedName reads a name whose given name is token i and whose
// nickname, one or two capitalised words in quotation marks, stands between
// it and the surname: it returns the name without the nickname and the
// nickname. Marks of a quotation that holds anything else, or a given name
// the text does not know as one, make no name.
func (x *text) nicknamedName(i int) ([]string, string, bool) {
	if i+1 >= len(x.toks) || x.toks[i+1].kind != tQuote || !x.nameWord(i) { // the quotation mark first: the cheaper test, false at almost every token
		return nil, "", false
	}
	q := x.quotes[x.toks[i+1].quote]
	if q.t0 != i+1 || q.words < 1 || q.words > 2 || q.t1-q.t0 != q.words+1 {
		return nil, "", false
	}
	nick := ""
	for k := q.t0 + 1; k < q.t1; k++ {
		if !x.word(k) || !isCap(x.toks[k].text) {
			return nil, "", false
		}
		if nick != "" {
			nick += " "
		}
		nick += x.toks[k].text
	}
	s := q.t1 + 1
	if s >= len(x.toks) || x.toks[s].para != x.toks[i].para || !x.nameWord(s) {
		return nil, "", false
	}
	if givenGender(x.toks[i].text) == 0 && !x.wordRecurs(s) {
		return nil, "", false // "Bake “Off” Final": no given name, no surname used again
	}
	name := []string{x.toks[i].text}
	for k := s; k < len(x.toks) && k < s+3 && x.nameWord(k); k++ {
		name = append(name, x.toks[k].text)
	}
	return name, nick, true
}

// wordRecurs reports whether the name word at token s stands elsewhere in
// the text as a name word of its own ("Vaughan said" after "Rhodri “Doc”
// Vaughan").
func (x *text) wordRecurs(s int) bool {
	for k := range x.toks {
		if k != s && x.toks[k].text == x.toks[s].text && x.nameWord(k) {
			return true
		}
	}
	return false
}

// resolveNicknames gives a mention that is a nickname alone ("Rocket
// said", "the Rocket said") the full name of the one person the text gave
// it to in quotation marks.
func (r *resolver) resolveNicknames() {
	owner := map[string]string{} // nickname → full name; "" when two share it
	r.f.eachNicknamedName(func(name []string, nick string) {
		full := strings.Join(name, " ")
		if old, seen := owner[nick]; seen && old != full {
			full = ""
		}
		owner[nick] = full
	})
	if len(owner) == 0 {
		return
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		full := owner[m.canonical]
		if full == "" || m.pronoun || m.plural {
			continue
		}
		if r.genders[full] == 0 && m.gender != 0 {
			r.genders[full] = m.gender
		}
		m.canonical, m.person, m.named, m.org = full, true, true, false
	}
}
