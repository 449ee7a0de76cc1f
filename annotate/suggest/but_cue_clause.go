package suggest

// This file splits "said A but insisted B": after a reported clause, "but"
// and a second verb of saying with no subject of its own ("but insisted",
// "but maintained that", "but admitted that") open a second statement of
// the same speaker with that verb as its cue, and the first content stops
// before "but" (the guidelines: two statements with two cues). A "but"
// followed by the content's own verb ("says the party is ‘A’ in X but is
// ‘B’ in Y") or by a cue verb with an object ("but insisted on a recount")
// stays in the content.

// butCueClause splits a content at "but CUE [that] C" when the text before
// "but" is a clause, the verb after it is a saying verb (or any cue with
// "that" after it), and C is a clause of three words or more.
func (f *finder) butCueClause(a *attribution) (attribution, bool) {
	if a.speaker.empty() || a.cue.empty() {
		return attribution{}, false
	}
	for k := a.content.a + 3; k+4 < a.content.b; k++ {
		if f.low(k) != "but" || f.quoted(k) || f.quoted(k+1) {
			continue
		}
		cw, ok := cueWords[f.low(k+1)]
		if !ok || cw.base {
			continue
		}
		start := k + 2
		if f.low(start) == "that" {
			start++
		} else if cw.class != cueSay {
			continue // "but admitted mistakes": an object, not a clause
		}
		first := rng{a.content.a, k}
		if f.is(k-1, ",") && !f.quoted(k-1) {
			first.b = k - 1
		}
		second := *a
		second.content = rng{start, a.content.b}
		if f.wordsIn(first) < 3 || !f.clauseLike(first) || f.wordsIn(second.content) < 3 || !f.clauseLike(second.content) {
			return attribution{}, false
		}
		second.cue, second.cueLemma = rng{k + 1, k + 2}, cw.lemma
		second.pattern, second.conf, second.tail = a.pattern+"c", a.conf-0.1, rng{}
		second.inherit, second.nestedIn = -1, -1
		a.content.b = first.b
		return second, true
	}
	return attribution{}, false
}
