package suggest

import "strings"

// afterLeadLabel reports whether token i of sentence s comes straight after
// a short label that opens the paragraph and ends in a colon ("What the
// figures say: According to …", "Background: According to …"): what follows
// the label opens a clause as a sentence's first word does.
func (f *finder) afterLeadLabel(s sentence, i int) bool {
	if i <= s.t0 || i > s.t0+6 || !f.is(i-1, ":") || s.t0 > 0 && f.toks[s.t0-1].para == f.toks[s.t0].para {
		return false
	}
	for k := s.t0; k < i-1; k++ {
		if !f.word(k) || f.quoted(k) {
			return false
		}
	}
	return true
}

// namedWorkAt finds, in a speaker phrase, the participle and "by" that
// follow a capitalised name and tie it to its maker ("the Fares Monitor
// compiled by Eastfield College", "the Harbour Survey run by the council"),
// or returns -1: the named work is the source, its maker only says whose
// it is.
func namedWorkAt(ws []string) int {
	for k := 2; k+2 < len(ws); k++ {
		w := bare(ws[k])
		if bare(ws[k+1]) != "by" || isCap(ws[k]) || !(documentParticiples[w] || strings.HasSuffix(w, "ed") || makerParticiples[w]) {
			continue
		}
		// a name of its own, not a sentence's first word ("Emails seen
		// by …") nor a document's noun ("a Review published by …")
		if !isCap(ws[k-1]) || !isCap(ws[k-2]) && !determiners[bare(ws[k-2])] || documentNouns[singular(bare(ws[k-1]))] {
			return -1
		}
		return k
	}
	return -1
}

// makerParticiples are irregular participles that tie a work to its
// maker besides those of documentParticiples.
var makerParticiples = words(`run kept made drawn begun done`)

// topicStart is where the topic of sentence s begins when its first word is
// a: after a paragraph's lead label ("Background: …") and after an opening
// "According to" ("According to the Fares Monitor, fares rose …. It found
// …"), whose source is what the sentence is about.
func (f *finder) topicStart(s sentence, a int) int {
	for k := a + 1; k < s.t1 && k <= a+6; k++ {
		if f.afterLeadLabel(s, k) {
			a = k
			break
		}
	}
	if f.low(a) == "according" && f.low(a+1) == "to" && a+2 < s.t1 {
		a += 2
	}
	return a
}

// pluralLetters reports a plural of initials ("DMs", "NGOs", "CEOs"): a
// kind of thing or person, never the name of one firm.
func pluralLetters(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	return ok && len(stem) >= 2 && capitals(stem) && strings.ToUpper(stem) == stem
}

// calledBy reports whether mention j's own words or an apposition of it
// hold the noun head ("Parcelwise, the software company").
func (r *resolver) calledBy(j int, head string) bool {
	c := r.mentions[j]
	return hasWord(c.heads, head) || hasWord(r.heads[c.canonical], head)
}

// productAfterName reports whether full, a longer name a one-word name
// opens, is a product after its maker's name ("Brightlatch Voyager" when
// "Brightlatch" is used alone in the body too): used mostly before a noun
// it qualifies ("three Brightlatch Voyager seats"), no given name opens it and
// no word of a body's kind or a company's suffix closes it, so the one word
// is the maker's own name and not short for the product's.
func (r *resolver) productAfterName(full []string) bool {
	first, last := bare(full[0]), bare(full[len(full)-1])
	return len(full) == 2 && r.aloneBody[first] && r.nounUse[strings.Join(full, " ")] > 0 && givenGender(full[0]) == 0 && !hasOrgHead(full) &&
		!companySuffixes[last] && !orgRoles[last] && !collectiveNouns[last] && !capitals(full[1])
}

// qualifiesNoun reports whether the name run stands before a common noun
// it qualifies, after a number or determiner of that noun ("three Voyager
// models", "48,000 Voyager seats", "a Voyager seat"): a product or brand,
// not a name used as a noun.
func (f *finder) qualifiesNoun(run rng) bool {
	k, b := run.b, run.a-1
	if k >= len(f.toks) || b < 0 || !f.word(k) || f.quoted(k) || isCap(f.toks[k].text) || f.toks[k].para != f.toks[run.a].para {
		return false
	}
	if !f.word(b) || !isNumber(f.toks[b].text) && !isDeterminer(f.low(b)) && !countWords[f.low(b)] {
		return false
	}
	w := f.low(k)
	_, cue := cueWords[w]
	return !cue && !functionWords[w] && !clauseVerbs[w] && !auxWords[w] && !phraseLinks[w]
}

// countWords count the nouns after them ("three Voyager models").
var countWords = words(`two three four five six seven eight nine ten dozens hundreds thousands every all some many several`)
