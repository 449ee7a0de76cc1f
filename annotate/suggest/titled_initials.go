package suggest

import "strings"

// This file gives a post the text writes with its initials in brackets,
// next to the name of the one person holding it, to that person:
// "Superintendent of Police (SP) Shri Vikram Rao", "Shri T. K. Menon, the
// Block Development Officer (BDO),". Later "the SP said", "the Block
// Development Officer said" and the pronouns resolved to them are that
// person, not a body the initials stand for.

// titledInitials learns each bracketed post and its holder, then renames
// every mention of the post (its words or its initials) to the holder's
// name. A post two people hold is left alone.
func (r *resolver) titledInitials() {
	var holder map[string]int // lower-case post or initials → mention of the holder; -1 when two hold it
	for i, m := range r.mentions {
		if !m.named || m.pronoun || m.org || m.plural || m.canonical == "" || !hasTwoWords(m.canonical) {
			continue
		}
		title, abbr := r.postBefore(m.r)
		if title == "" {
			title, abbr = r.postAfter(m.r)
		}
		if title == "" {
			continue
		}
		if holder == nil {
			holder = map[string]int{}
		}
		for _, k := range [2]string{strings.ToLower(title), strings.ToLower(abbr)} {
			if j, ok := holder[k]; ok && (j < 0 || r.mentions[j].canonical != m.canonical) {
				holder[k] = -1
				continue
			}
			holder[k] = i
		}
	}
	if holder == nil {
		return
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.pronoun || m.canonical == "" {
			continue
		}
		key := strings.ToLower(strings.Join(trimDeterminer(strings.Fields(m.canonical)), " "))
		j, ok := holder[key]
		if !ok {
			key = strings.ToLower(strings.Join(trimDeterminer(r.f.phraseWords(m.r)), " "))
			j, ok = holder[key]
		}
		if !ok || j < 0 || j == i || r.mentions[j].canonical == m.canonical {
			continue
		}
		h := r.mentions[j]
		m.canonical, m.person, m.org, m.named, m.plural = h.canonical, true, false, true, false
		if h.gender != 0 && m.gender == 0 {
			m.gender = h.gender
		}
		if j < i {
			m.antecedent = j
		}
	}
}

// postBefore returns the post and its initials written just before a name,
// honorifics between them aside: "Superintendent of Police (SP) Shri
// Vikram Rao" → "Superintendent of Police", "SP".
func (r *resolver) postBefore(n rng) (string, string) {
	f := r.f
	k := n.a - 1
	for k >= 0 && n.a-k <= 3 && (f.is(k, ".") || f.word(k) && titleWords[f.low(k)]) {
		k--
	}
	if !f.is(k, ")") || !f.word(k-1) || !acronym(f.toks[k-1].text) || !f.is(k-2, "(") {
		return "", ""
	}
	a := k - 3
	for a >= 0 && k-3-a < 6 && f.word(a) && (isCap(f.toks[a].text) || f.low(a) == "of") && f.toks[a].para == f.toks[k].para {
		a--
	}
	return r.post(a+1, k-2, k-1)
}

// postAfter returns the post and its initials in an apposition just after
// a name: "Shri T. K. Menon, the Block Development Officer (BDO)," →
// "Block Development Officer", "BDO".
func (r *resolver) postAfter(n rng) (string, string) {
	f := r.f
	if !f.is(n.b, ",") || f.low(n.b+1) != "the" {
		return "", ""
	}
	b := n.b + 2
	for b < len(f.toks) && b-n.b < 9 && f.word(b) && (isCap(f.toks[b].text) || f.low(b) == "of") {
		b++
	}
	if !f.is(b, "(") || !f.word(b+1) || !acronym(f.toks[b+1].text) || !f.is(b+2, ")") {
		return "", ""
	}
	return r.post(n.b+2, b, b+1)
}

// post returns the words of tokens a..b as a post and the initials at
// token ab, when the initials spell the post's capitals and a word of the
// post names someone's role ("Officer", "Magistrate", "Superintendent"),
// not a body's ("Federal Bureau of Investigation (FBI)").
func (r *resolver) post(a, b, ab int) (string, string) {
	f := r.f
	for a < b && !isCap(f.toks[a].text) {
		a++
	}
	if b-a < 2 {
		return "", ""
	}
	ws := f.phraseWords(rng{a: a, b: b})
	abbr := f.toks[ab].text
	if capitalsOf(strings.Join(ws, " ")) != abbr {
		return "", ""
	}
	role := false
	for _, w := range ws {
		c := bare(w)
		if titleWords[c] || roleNouns[c] && !orgRoles[c] || agentNoun(c) && !orgHeads[c] {
			role = true
		}
	}
	if !role {
		return "", ""
	}
	return strings.Join(ws, " "), abbr
}
