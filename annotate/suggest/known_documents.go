package suggest

// "Internal board papers seen by the Standard show that … The papers,
// which include minutes of eight board meetings, record that … The papers
// show that …": once documents have spoken in an article, naming them
// again with "the" ("the papers", "the leaked emails") still reports what
// they show or record, as "They show that …" does (documentPronoun).
// Documents the reporter introduces with "the" and reads for the reader
// ("The papers show that 300 patients waited …" with no documents
// speaking before) stay the reporter's reading, as fixture 19 tags them.
// Documents "record" what they hold the way they "show" it, so "record"
// is a cue with the lemma "show" and the same limits.

// knownDocuments reports whether the speaker phrase [sa, sb) of a cue
// "show" or "record" in sentence si is "the" (or "these", "those") with
// at most two modifiers before a plural document noun, optionally
// followed by a clause between commas, and an attribution with a cue
// "show" in an earlier sentence had a speaker with the same noun.
func (f *finder) knownDocuments(sa, sb, si int) bool {
	if sb-sa < 2 || !f.word(sa) || f.low(sa) != "the" && f.low(sa) != "these" && f.low(sa) != "those" {
		return false
	}
	head := -1
	for k := sa + 1; k < sb && k <= sa+3; k++ {
		if !f.word(k) || f.quoted(k) {
			return false
		}
		if shownDocumentHeads[f.low(k)] {
			head = k
			break
		}
	}
	if head < 0 || head+1 < sb && !f.is(head+1, ",") {
		return false
	}
	for _, a := range f.atts {
		if a.sent >= si || a.cueLemma != "show" {
			continue
		}
		for k := a.speaker.a; k < a.speaker.b; k++ {
			if f.low(k) == f.low(head) {
				return true
			}
		}
	}
	return false
}

// pronounAfterDocuments reports a speaker "They" or "These" opening
// sentence si, after an opening conjunction at most, right after a sentence of the same paragraph in which
// documents spoke with a cue "show" or "record" ("The papers record that
// … They also record that …"): the pronoun takes the documents up.
func (f *finder) pronounAfterDocuments(sa, sb, si int) bool {
	if sb != sa+1 || f.low(sa) != "they" && f.low(sa) != "these" || si == 0 || f.sents[si-1].para != f.sents[si].para {
		return false
	}
	if t0 := f.sents[si].t0; sa != t0 && !(sa == t0+1 && openingConjunctions[f.low(t0)]) {
		return false // "But they also show that …" opens the sentence too
	}
	for _, a := range f.atts {
		if a.sent == si-1 && a.cueLemma == "show" {
			return true
		}
	}
	return false
}
