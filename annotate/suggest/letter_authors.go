package suggest

// This file gives a person's letter, quoted in that person's own first
// person, to its author: "In her annual letter to shareholders, Ann Lee
// said …. ‘I will visit every depot,’ the letter said." The letter is no
// voice of its own there (as a report or filing is, issued_documents.go):
// its "I" is the writer, so "the letter said" and "it said:" speak for the
// person the story said wrote it. A letter whose quoted words never say
// "I" (a council's "we") keeps its own voice.

// letterHeads are the nouns of a letter a person writes in the first person.
var letterHeads = words(`letter`)

// firstPersonSingular are the words that make quoted words the writer's own.
var firstPersonSingular = words(`i me my mine myself`)

// resolveLetterAuthors resolves every "the letter" (or "it" standing for
// it) that speaks to the person last said to have written or spoken in a
// letter before it in its zone, when some statement the letter speaks
// says "I". It runs after the pronouns are resolved.
func (r *resolver) resolveLetterAuthors() {
	f := r.f
	var voices []int
	firstPerson := false
	for i, m := range r.mentions {
		if m.att >= 0 && letterHeads.holdsLower(m.canonical) {
			voices = append(voices, i)
		}
	}
	// a quotation run on after the letter's first ("‘…,’ the letter
	// said. ‘I …’") inherits its speaker
	for k, a := range f.atts {
		src := k
		if a.inherit >= 0 {
			src = a.inherit
		}
		if mi, ok := r.bySpeaker[src]; ok && !a.dropped && letterHeads.holdsLower(r.mentions[mi].canonical) && r.saysI(a.content) {
			firstPerson = true
		}
	}
	if !firstPerson {
		return
	}
	for _, i := range voices {
		if j := r.letterAuthor(i); j >= 0 {
			c := r.mentions[j]
			m := &r.mentions[i]
			m.antecedent, m.canonical, m.named, m.person, m.org, m.doc = j, c.canonical, c.named, true, false, false
		}
	}
}

// saysI reports whether a statement's own words (not a quotation nested
// in them) hold a first-person singular word.
func (r *resolver) saysI(t rng) bool {
	f := r.f
	if t.empty() {
		return false
	}
	outer := f.toks[t.a].quote
	for k := t.a; k < t.b; k++ {
		if q := f.toks[k].quote; q >= 0 && q != outer {
			continue
		}
		if f.word(k) && firstPersonSingular[f.low(k)] {
			return true
		}
	}
	return false
}

// letterAuthor finds, before mention i in its zone, the latest sentence
// naming a letter outside its quotations where a person is named ("wrote
// in a letter read by her niece", "In her annual letter, … said"), and
// gives its writer: the person speaking there, or else the first person
// named in it (the subject: "Her brother, Owen Lee, wrote in a letter read
// by his niece, Ann Lee, that …"); -1 if none.
func (r *resolver) letterAuthor(i int) int {
	f := r.f
	zone := f.paraZone[f.toks[r.mentions[i].r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone {
			return -1
		}
		if !r.letterWriterCandidate(c) {
			continue
		}
		s := f.sents[f.sentOfTok(c.r.a)]
		if !f.namesLetter(s) {
			continue
		}
		first, speaking := -1, -1
		for k := j; k >= 0 && r.mentions[k].r.a >= s.t0; k-- {
			if d := r.mentions[k]; r.letterWriterCandidate(d) {
				first = k
				if d.att >= 0 {
					speaking = k
				}
			}
		}
		if speaking >= 0 {
			return speaking
		}
		return first
	}
	return -1
}

// letterWriterCandidate reports whether a mention may have written a
// letter: a resolved person, outside any quotation, no letter itself.
func (r *resolver) letterWriterCandidate(c mention) bool {
	return c.person && !c.pronoun && c.canonical != "" && !letterHeads.holdsLower(c.canonical) && !r.f.quoted(c.r.a)
}

// namesLetter reports whether sentence s names a letter outside its
// quotations.
func (x *text) namesLetter(s sentence) bool {
	for k := s.t0; k < s.t1; k++ {
		if x.word(k) && !x.quoted(k) && letterHeads[x.low(k)] {
			return true
		}
	}
	return false
}
