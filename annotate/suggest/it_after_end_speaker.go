package suggest

// endSpeakerBefore returns, for a speaking "it" (mention i) that follows
// what it says ("…, it said."), the body that spoke the sentence before in
// the same way, its name after its words ("The fire broke out at sea, the
// coast guard said. Nobody was injured, it said."); -1 otherwise.
//
// Wire copy hands on a body's account sentence by sentence: the first
// names the body after the words, the next says "it said". The subject
// that opens the sentence before ("The fire", "Water stood a metre deep")
// is what the body told of, never the one who speaks, so the search for a
// sentence's topic or nearest body goes wrong there. The speaker must be a
// body, a document or a name of no known kind, never a person or a
// plural; the two sentences must be in one paragraph.
func (r *resolver) endSpeakerBefore(i int) int {
	f := r.f
	m := r.mentions[i]
	if m.att < 0 || f.atts[m.att].nestedIn >= 0 || m.r.a < f.atts[m.att].content.b {
		return -1
	}
	si := f.sentenceOf(m.r.a)
	if si == 0 || f.sents[si-1].para != f.toks[m.r.a].para {
		return -1
	}
	prev := f.sents[si-1]
	for k, a := range f.atts {
		if a.dropped || a.nestedIn >= 0 || k == m.att || a.speaker.empty() || a.speaker.a < prev.t0 || a.speaker.b > prev.t1 || a.speaker.a < a.content.b {
			continue
		}
		o, ok := r.bySpeaker[k]
		if !ok || o >= i {
			continue
		}
		c := r.mentions[o]
		for c.pronoun && c.antecedent >= 0 {
			o, c = c.antecedent, r.mentions[c.antecedent]
		}
		if c.pronoun || c.canonical == "" || c.person && !c.org {
			return -1
		}
		if (c.org || c.doc) && (!c.plural || c.named && f.namedCollectiveBody(c.canonical)) || r.speakingUnknownKind(c) {
			return o
		}
		return -1
	}
	return -1
}
