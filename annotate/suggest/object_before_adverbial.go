package suggest

// "The tenant had reported the damp in writing before the notice was
// served": a cue with a noun phrase for its object, a short phrase of
// manner or place, then an adverbial clause (before, after, until, when …)
// reports a thing, not a clause; the only verb after the cue belongs to
// the adverbial clause. "reported the leak had got worse" keeps its
// content (its verb comes before any subordinator), and so does "said
// the council in writing that …", which has its "that".

// objectSubordinators open the adverbial clause after the object.
var objectSubordinators = words(`before after until when while because unless`)

// objectThenAdverbial reports whether the content from j to end opens
// with a determiner and a noun, a preposition and at most two words with
// no verb among them, and then a subordinator. "once" and "since" are
// left out, as they are as often adverbs ("ran only once an hour").
func (f *finder) objectThenAdverbial(j, end int) bool {
	if !isDeterminer(f.low(j)) || !f.word(j+1) || clauseVerbs[f.low(j+1)] {
		return false
	}
	k := j + 2
	if !f.word(k) || !channelPreps[f.low(k)] && f.low(k) != "to" && f.low(k) != "at" && f.low(k) != "by" && f.low(k) != "with" {
		return false
	}
	for n := k + 1; n < end && n <= k+3; n++ {
		if !f.word(n) || f.quoted(n) || clauseVerbs[f.low(n)] || f.low(n) == "that" {
			return false
		}
		if objectSubordinators[f.low(n)] {
			return n > k+1
		}
	}
	return false
}
