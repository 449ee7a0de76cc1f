package suggest

// contentPreps open a phrase of place, time or direction; a content opening
// with one and holding no finite verb is an adjunct of the act, not what was
// said ("shouted at the driver to stop", "argue on stage about tempo", "said
// during a phone-in with listeners").
var contentPreps = words(`at on in during towards toward into onto against across amid upon throughout
	with from over under through via`)

// prepositionalContent reports whether r opens with such a preposition and
// has no finite verb early on ("at least 40 homes were flooded" and "on the
// evidence he had seen, it had not been" are clauses and stay).
func (f *finder) prepositionalContent(r rng) bool {
	if !f.word(r.a) || f.quoted(r.a) || !contentPreps[f.low(r.a)] {
		return false
	}
	// the phrase up to a comma, colon or quotation: "at the break, ‘You
	// are …’" is no clause for the verb inside the quotation
	e := r.a + 1
	for e < r.b && (f.word(e) || f.pinpoint(e)) && !f.quoted(e) {
		e++
	}
	if e < r.b && (f.is(e, ",") || f.is(e, ":") || f.quoted(e)) {
		r.b = e
	}
	return !f.clauseLike(r)
}

// subjectlessPrepChain reports whether r is a chain of prepositional
// phrases that runs straight into a finite verb with no subject of its own
// ("a man found with head injuries in a city park have appealed …"): the
// cue was a participle on a noun and the verb is the sentence's. The object
// of the last preposition must reach the verb: a determiner and up to two
// words ("in a Tollbridge park have"), or one bare word ("in Leith has");
// "in a statement the firm would …", "at least 40 homes were …" and "in
// 2020 prices rose" have a subject before the verb and stay clauses.
func (f *finder) subjectlessPrepChain(r rng) bool {
	if !f.word(r.a) || f.quoted(r.a) || !contentPreps[f.low(r.a)] {
		return false
	}
	last := r.a
	for k := r.a + 1; k < r.b && k < r.a+16; k++ {
		if !f.word(k) || f.quoted(k) {
			return false
		}
		lw := f.low(k)
		if clauseVerbs[lw] {
			n := k - last - 1
			if n == 0 {
				return false
			}
			det := isDeterminer(f.low(last + 1))
			if !det && n != 1 || det && n > 3 {
				return false
			}
			for j := last + 1; j < k; j++ {
				if j > last+1 && isDeterminer(f.low(j)) || subjectPronouns[f.low(j)] || isNumber(f.toks[j].text) {
					return false
				}
			}
			return true
		}
		if contentPreps[lw] || lw == "of" || lw == "near" || lw == "by" {
			last = k
		}
	}
	return false
}

// actAdjunct reports whether the tokens [j, end) after a postposed frame
// are one adjunct of the act of saying, however long ("…, its chief
// constable said during a live-streamed session with residents on Tuesday
// night."): a preposition, then no verb, quotation or "that" to the end.
func (f *finder) actAdjunct(j, end int) bool {
	if j >= end || !f.prepositionalContent(rng{j, end}) || f.wordsIn(rng{j, end}) > 16 {
		return false
	}
	for k := j; k < end; k++ {
		if f.quoted(k) || f.low(k) == "that" || f.is(k, ",") || f.is(k, ";") || f.is(k, ":") {
			return false
		}
		if _, cue := cueWords[f.low(k)]; cue {
			return false
		}
	}
	return true
}

// frameAdjunctEnd steps over a short adjunct of the act after a frame
// ("“…,” Ms Lyle said outside the house, “and …”") to the comma after it;
// otherwise it returns rest.
func (f *finder) frameAdjunctEnd(rest, end int) int {
	if !f.word(rest) || f.quoted(rest) || !beforeThatPreps[f.low(rest)] && !contentPreps[f.low(rest)] {
		return rest
	}
	for k := rest + 1; k < end && k <= rest+8; k++ {
		if f.is(k, ",") {
			if f.clauseLike(rng{rest, k}) {
				return rest
			}
			return k
		}
		if !f.word(k) || f.quoted(k) {
			return rest
		}
	}
	return rest
}
