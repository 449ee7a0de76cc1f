package suggest

// This file holds a second statement the speaker goes on to make after ",
// before adding that": "said the pitch was “the best in the county”,
// before adding with a grin that he hoped it would stay dry". The clause
// after "that" is a second statement of the same speaker with the -ing
// verb as its cue, and the first content stops at the comma. "before"
// that opens a time clause ("said the road would close before the match
// started") is no cue and stays.

// beforeCueings are -ing forms of saying after "before", with their lemma.
var beforeCueings = map[string]string{
	"adding": "add", "saying": "say", "insisting": "insist", "noting": "note",
	"warning": "warn", "admitting": "admit", "explaining": "explain",
	"stressing": "stress", "claiming": "claim", "conceding": "concede", "arguing": "argue",
}

// beforeAddingClause splits a content at ", before adding … that C" (at
// most four words between the verb and "that") into the content before
// the comma and a second statement C with the same speaker.
func (f *finder) beforeAddingClause(a *attribution) (attribution, bool) {
	if a.speaker.empty() || a.cue.empty() {
		return attribution{}, false
	}
	for k := a.content.a + 3; k+4 < a.content.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || f.low(k+1) != "before" || f.quoted(k+1) {
			continue
		}
		lemma, ok := beforeCueings[f.low(k+2)]
		if !ok {
			continue
		}
		t := -1
		for m := k + 3; m < a.content.b && m <= k+7; m++ {
			if f.quoted(m) || !f.word(m) {
				break
			}
			if f.low(m) == "that" {
				t = m
				break
			}
		}
		if t < 0 {
			continue
		}
		second := *a
		second.content = rng{t + 1, a.content.b}
		if f.wordsIn(second.content) < 3 || !f.clauseLike(second.content) {
			return attribution{}, false
		}
		second.cue, second.cueLemma = rng{k + 2, k + 3}, lemma
		second.pattern, second.conf, second.tail = a.pattern+"c", a.conf-0.1, rng{}
		second.inherit, second.nestedIn = -1, -1
		a.content.b = k
		return second, true
	}
	return attribution{}, false
}
