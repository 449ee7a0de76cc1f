package suggest

// This file reads a speaker named in an apposition after a description:
// "The mayor of Brackley, Tom Hart, said", "said her father, Ian Moss." —
// the name between the commas is who speaks.

// descriptionOfPlace reports whether the phrase a..b is a lower-case role
// that heads it, linked to a place or body ("The mayor of Brackley", "the
// head of the Lakeside Trust"): a name after "of" does not make the phrase
// a name.
func (x *text) descriptionOfPlace(a, b int) bool {
	k := a
	if x.word(k) && (isDeterminer(x.low(k)) || possessivePronouns[x.low(k)]) {
		k++
	}
	role := false
	for ; k < b; k++ {
		if !x.word(k) || x.quoted(k) {
			return false
		}
		if phraseLinks[x.low(k)] {
			return role
		}
		// "the Minister for Creative Industries": an office's title is
		// capitalised, its role noun first
		if isCap(x.toks[k].text) && !(roleNouns[x.low(k)] && k == a+1 && x.low(a) == "the") {
			return false
		}
		role = roleNouns[x.low(k)]
	}
	return false
}

// possessivePronouns open a description of a relative ("his mother").
var possessivePronouns = words(`his her their its`)

// appositiveNameAfter returns the name in an apposition right after the
// description a..b when the description names no one itself ("said his
// mother, Aoife Kerr." "said the mayor of Brackley, Tom Hart, on Monday"):
// a person's name between a comma and a comma or the sentence end.
func (x *text) appositiveNameAfter(a, b, end int) (int, int, bool) {
	if !x.is(b, ",") || x.quoted(b) || x.hasName(rng{a, b}) && !x.descriptionOfPlace(a, b) && !x.partyRoleOfPlace(a, b) {
		return 0, 0, false
	}
	if !x.word(a) || !isDeterminer(x.low(a)) && !possessivePronouns[x.low(a)] {
		return 0, 0, false
	}
	n := x.nameEnd(b+1, end)
	if n-b-1 < 2 || n < end && !x.is(n, ",") || !x.namesOnly(b+1, n) {
		return 0, 0, false
	}
	if !x.hasName(rng{b + 1, n}) {
		return 0, 0, false
	}
	return b + 1, n, true
}

// farCueBeforeColon gives a statement read as "S …: “…”" the cue its frame
// holds further from the colon than D3 looks, behind a channel and a time
// ("wrote on her Telegram channel shortly after 3 a.m.: “…”"), and the
// speaker that cue reads (an apposition's name included). The words
// between the cue and the colon must hold no clause of their own.
func (f *finder) farCueBeforeColon(a *attribution, t0, colon int) {
	for c := a.speaker.b; c < colon && c < a.speaker.b+12; c++ {
		if f.quoted(c) {
			return
		}
		cw, ok, inf := f.cueAt(c, t0)
		if !ok || inf || f.usedCue[c] {
			continue
		}
		if c+1 < colon && !adjunctPreps[f.low(c+1)] && !timeAdverbs[f.low(c+1)] {
			return
		}
		for k := c + 1; k < colon; k++ {
			if f.quoted(k) || f.low(k) == "that" || f.is(k, ";") || f.is(k, ",") {
				return
			}
			if _, ok, _ := f.cueAt(k, t0); ok {
				return
			}
		}
		sa, sb, ok := f.speakerBefore(c, t0)
		if !ok || sa < a.speaker.a {
			return
		}
		a.speaker, a.cue, a.cueLemma = rng{sa, sb}, f.cueRange(c), cw.lemma
		a.conf = 0.7
		return
	}
}

// kinRoleNouns are relatives who speak in news copy as often as the
// mother and father of the role lexicon ("said her brother, Colm Devlin",
// "his grandson told her"); they head a speaker phrase too.
var kinRoleNouns = words(`brother sister brothers sisters grandmother grandfather grandson
	granddaughter grandparents aunt uncle niece nephew cousin widow widower stepmother stepfather`)

func init() {
	for w := range kinRoleNouns {
		roleNouns[w] = true
	}
}

// sourceBeforeWhich reports whether the phrase a..b, before ", which
// said", is a source already: the object of "according to" ("according to
// the general staff, which said …").
func (x *text) sourceBeforeWhich(a, b int) bool {
	return x.low(a-1) == "to" && x.low(a-2) == "according" && !x.quoted(a-1) && x.word(b-1) && roleNouns[x.low(b-1)]
}

// relativeOfSource reports whether the attributions of sentence si are
// all the ", which said …" of the source named at k after "according to":
// the source speaks twice, and "according to" is its own cue, no channel.
func (f *finder) relativeOfSource(si, k int) bool {
	found := false
	for i := len(f.atts) - 1; i >= 0 && f.atts[i].sent == si; i-- {
		a := f.atts[i]
		if a.pattern == "A1" || a.cue.empty() {
			continue
		}
		// "according to the Swedish newspaper Kvällsbladet, which says":
		// the relative's speaker may be the name that ends the source
		if a.speaker.a < k || a.speaker.a-k > 4 || f.low(a.cue.a-1) != "which" || !f.sourceWordsFrom(k, a.speaker.a) {
			return false
		}
		found = true
	}
	return found
}

// sourceWordsFrom reports whether tokens [k, a) are words of one source's
// phrase, outside quotations and with no comma.
func (f *finder) sourceWordsFrom(k, a int) bool {
	for ; k < a; k++ {
		if !f.word(k) || f.quoted(k) {
			return false
		}
	}
	return true
}

// commonNounOfPlace parses a speaker the role lexicon does not know,
// linked to a named place or body and ending at token i: "the voivode of
// Lower Silesia", "the bailiff of Jersey" — a determiner and lower-case
// nouns (as commonNounPhrase reads them), "of", "for" or "in", and a name.
func (x *text) commonNounOfPlace(i, lo int) (int, int, bool) {
	k := i
	for k > lo && x.nameWord(k) && !x.quoted(k) {
		k--
	}
	if k == i || k <= lo || !x.word(k) || x.quoted(k) || (x.low(k) != "of" && x.low(k) != "for" && x.low(k) != "in") {
		return 0, 0, false
	}
	a, _, ok := x.commonNounPhrase(k-1, lo)
	if !ok {
		return 0, 0, false
	}
	return a, i + 1, true
}
