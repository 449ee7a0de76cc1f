package suggest

import "strings"

// This file names a two-party transcript's role label ("Driver:",
// "Pilot:") that no other rule named by the person the other party
// addresses by first name in the same exchange: team radio in a race
// report runs "Engineer: Copy. It's your call, Nik." / "Driver: It's my
// call.", the report naming the engineer before the exchange and the
// driver only as the one the engineer talks to. A first name the other
// party uses, shortened or not, that opens one person's full name in
// the text ("Nik" of "Nikolai Varga") is who the label stands for.

// resolveVocativeLabels names each still-unnamed one-word label of a
// transcript exchange (consecutive paragraphs opening "Label:") that
// holds exactly two labels, by the one person the other label's turns
// address by first name (", Nik." closing a sentence, or "Nik," opening
// the turn). It leaves the label when the turns address no one, or two
// people, or the other label's own holder; a word that opens no one's
// name ("Understood, Nik.") addresses no one.
func (r *resolver) resolveVocativeLabels() {
	f := r.f
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || f.atts[m.att].pattern != "T" || m.r.b-m.r.a != 1 || m.canonical != f.toks[m.r.a].text {
			continue
		}
		label := f.low(m.r.a)
		starts := r.exchangeTurns(m.r.a)
		other, names := "", ""
		ok := true
		for _, s := range starts {
			l := f.low(s)
			if l == label {
				continue
			}
			if other != "" && other != l {
				ok = false // three parties: the address may be to either
				break
			}
			other = l
			for _, w := range r.turnVocatives(s) {
				name := r.onlyGivenNamePerson(w)
				if name == "" {
					continue // "Understood, …": no one's name
				}
				if names != "" && names != name {
					ok = false
					break
				}
				names = name
			}
		}
		if !ok || other == "" || names == "" || r.labelHolder(starts, other) == names {
			continue
		}
		m.canonical, m.person, m.named, m.org = names, true, true, false
	}
}

// exchangeTurns are the label tokens of the transcript exchange whose
// turn's label is at token k: the run of consecutive paragraphs that
// each open with a capitalised word and a colon.
func (r *resolver) exchangeTurns(k int) []int {
	f := r.f
	para := f.toks[k].para
	if f.labelOf(para) != k {
		return nil // a label inside its paragraph: no exchange of turns
	}
	lo, hi := para, para
	for f.labelOf(lo-1) >= 0 {
		lo--
	}
	for f.labelOf(hi+1) >= 0 {
		hi++
	}
	var out []int
	for p := lo; p <= hi; p++ {
		out = append(out, f.labelOf(p))
	}
	return out
}

// labelOf is the token of paragraph p's opening label ("Driver" of
// "Driver: …"), or -1 when it opens otherwise.
func (x *text) labelOf(p int) int {
	if p < 0 {
		return -1
	}
	a := x.paraStart(p)
	if a < 0 || !x.word(a) || !isCap(x.toks[a].text) || !x.is(a+1, ":") {
		return -1
	}
	return a
}

// paraStart is the first token of paragraph p, or -1.
func (x *text) paraStart(p int) int {
	lo, hi := 0, len(x.toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if x.toks[mid].para < p {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(x.toks) && x.toks[lo].para == p {
		return lo
	}
	return -1
}

// turnVocatives are the capitalised words the turn labelled at token s
// addresses someone by: one after a comma that closes a sentence (", Nik."),
// or one that opens the turn before a comma ("Tomasz, box now").
func (r *resolver) turnVocatives(s int) []string {
	f := r.f
	para := f.toks[s].para
	var out []string
	if f.word(s+2) && isCap(f.toks[s+2].text) && f.is(s+3, ",") {
		out = append(out, f.toks[s+2].text)
	}
	for k := s + 3; k < len(f.toks) && f.toks[k].para == para; k++ {
		if !f.is(k-1, ",") || !f.word(k) || !isCap(f.toks[k].text) {
			continue
		}
		if w, short := strings.CutSuffix(f.toks[k].text, "."); short {
			out = append(out, w) // "Nik." read as a shortening
		} else if f.is(k+1, ".") || f.is(k+1, "!") || f.is(k+1, "?") {
			out = append(out, w)
		}
	}
	return out
}

// onlyGivenNamePerson is the one person's full name whose given name is
// w or starts with w of three letters or more ("Nik" → "Nikolai Varga"),
// or "".
func (r *resolver) onlyGivenNamePerson(w string) string {
	if len(w) < 3 {
		return ""
	}
	name := ""
	for _, c := range r.mentions {
		if !c.named || !c.person || c.pronoun || c.org {
			continue
		}
		first, _, full := strings.Cut(c.canonical, " ")
		if !full || !strings.HasPrefix(first, w) {
			continue
		}
		if name != "" && name != c.canonical {
			return ""
		}
		name = c.canonical
	}
	return name
}

// labelHolder is the person the turns of label (lower case) among the
// exchange's label tokens starts were given, or "".
func (r *resolver) labelHolder(starts []int, label string) string {
	for _, m := range r.mentions {
		for _, s := range starts {
			if m.r.a == s && r.f.low(s) == label && m.canonical != r.f.toks[s].text {
				return m.canonical
			}
		}
	}
	return ""
}
