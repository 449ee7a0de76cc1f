package suggest

import "strings"

// recentSpeaker returns the person who spoke last before mention i, in its
// paragraph or the one before, outside statements and not nested in one,
// a pronoun followed to its name; false when that speaker is no named
// person.
func (r *resolver) recentSpeaker(i, para int) (mention, bool) {
	f := r.f
	sp := -1
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.toks[c.r.a].para < para-1 {
			return mention{}, false
		}
		if c.att >= 0 && !r.inStatement(c.r.a) && f.atts[c.att].nestedIn < 0 {
			sp = j
			break
		}
	}
	if sp < 0 {
		return mention{}, false
	}
	s := r.mentions[sp]
	for s.pronoun && s.antecedent >= 0 {
		s = r.mentions[s.antecedent]
	}
	if !s.person || s.org || s.canonical == "" {
		return mention{}, false
	}
	return s, true
}

// speakersOfBody names a body's description ("The force said") after a
// person who spoke by the body written after the person's name with "of",
// as police and public bodies give a rank and name: "Detective Sergeant
// Ada Lin of Harcastle Police’s roads unit said … The force said". The
// body is the run of capitalised words after "of", cut at a possessive,
// and must hold the description's head or a word for it ("Police" for
// "the force"); the finder's mention of the speaker runs on over "of" and
// keeps no mention of its own for the body, so the name is read from the
// words. "" if none.
func (r *resolver) speakersOfBody(i, para int, head string) string {
	f := r.f
	s, ok := r.recentSpeaker(i, para)
	if !ok {
		return ""
	}
	first := strings.Fields(s.canonical)[0]
	for k := 0; k < i; k++ {
		c := r.mentions[k]
		if c.canonical != s.canonical || c.pronoun {
			continue
		}
		// the finder's mention of the speaker may run on over "of" and the
		// body ("Ada Lin of Harcastle Police’s"), or end before "of"
		for o := c.r.a + 1; o <= c.r.b && o < len(f.toks); o++ {
			if f.low(o) != "of" || f.quoted(o) {
				continue
			}
			if name := r.capitalisedBody(o+1, first, head); name != "" {
				return name
			}
		}
	}
	return ""
}

// capitalisedBody reads the capitalised words from token t, up to a
// possessive or the word stop, and returns them as a body's name when
// there are at least two and one is head or a word for it; "" otherwise.
func (r *resolver) capitalisedBody(t int, stop, head string) string {
	f := r.f
	var name []string
	kind := false
	for ; t < len(f.toks) && len(name) < 5 && isCap(f.toks[t].text) && f.toks[t].text != stop; t++ {
		w := f.toks[t].text
		base := strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		name = append(name, base)
		b := singular(bare(base))
		kind = kind || b == head || hasWord(headSynonyms[head], b)
		if base != w {
			break
		}
	}
	if !kind || len(name) < 2 {
		return ""
	}
	return strings.Join(name, " ")
}
