package suggest

// contentBeforeColon reports whether the subject of "S …: “…”" (speaker
// a.speaker) is followed by a cue and a content clause before the colon
// ("Dr Ana Vole told me the usual fault was obvious: “…”"): the clause and
// the quotation are then one reported statement, which the indirect
// patterns read, not a bare quotation handed over by its subject. A cue
// followed only by an addressee, a place or a time ("said: “…”", "wrote
// on her channel: “…”") holds no clause.
func (f *finder) contentBeforeColon(a attribution, t0, colon int) bool {
	for c := a.speaker.b; c < colon && c < a.speaker.b+8; c++ {
		if f.quoted(c) {
			return false
		}
		cw, ok, inf := f.cueAt(c, t0)
		if !ok || inf || f.usedCue[c] || cw.class == cueDemand {
			continue
		}
		k := c + 1
		if cw.class == cueTell && objectPronouns[f.low(k)] {
			k++ // "told me"
		}
		if f.low(k) == "that" {
			k++
		}
		if f.wordsIn(rng{k, colon}) < 3 {
			return false
		}
		for j := k + 1; j < colon; j++ {
			if f.quoted(j) || f.is(j, ";") {
				return false
			}
			if f.word(j) && clauseVerbs[f.low(j)] {
				return true
			}
		}
		return false
	}
	return false
}

// messageVerbs send a message whose words a colon then gives ("he had
// texted her an hour before: “…”"); outside the cue lexicon, they speak
// only here.
var messageVerbs = map[string]string{
	"texted": "text", "messaged": "message", "emailed": "email", "wrote": "write", "told": "tell",
}

// messageBeforeColon returns the quotation's own frame inside a content
// clause that runs to it ("She said he had texted her an hour before:
// “…”"): the clause's subject sent the quoted words, a statement nested in
// the reported one. ok is false when the clause holds no message verb.
func (f *finder) messageBeforeColon(a attribution, q quotation, lo int) (attribution, bool) {
	colon := q.t0 - 1
	for m := colon - 1; m > lo && m > colon-6; m-- {
		lemma, ok := messageVerbs[f.low(m)]
		if !ok || !f.word(m) || f.quoted(m) {
			continue
		}
		sa, sb, ok := f.speakerBefore(m, lo)
		if !ok {
			return a, false
		}
		a.speaker, a.cue, a.cueLemma = rng{sa, sb}, f.cueRange(m), lemma
		a.pattern, a.conf = "D3", 0.5
		return a, true
	}
	return a, false
}
