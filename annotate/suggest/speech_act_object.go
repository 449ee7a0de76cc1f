package suggest

// speechActObject reports a noun phrase at token j, after a cue, that
// names the act of speaking rather than what was said: "shouted a warning
// when he saw …", "said a prayer for the crew", "gave a greeting". What
// follows the noun is the time or the topic of the act, no content. A
// noun that a "that" or a colon opens up ("a warning that the dam would
// fail"), a noun that is a clause's subject ("said a warning had gone
// out") and any other object ("promised a new levy") are left to the
// other rules.
func (f *finder) speechActObject(j int) bool {
	if !f.word(j) || f.quoted(j) {
		return false
	}
	// a bare noun of a set form said aloud: "said Mass in the open air",
	// "said grace before the meal", "said goodbye to the crew"
	n := j
	if isDeterminer(f.low(j)) || f.low(j) == "another" {
		n = j + 1
	} else if !bareSpeechActNouns[f.low(j)] {
		return false
	}
	if n > j && (!f.word(n) || f.quoted(n) || !speechActNouns[f.low(n)]) {
		return false
	}
	// "said a warning had gone out": the noun is a clause's subject
	k := n + 1
	return !f.word(k) && !f.is(k, ":") && !f.quoted(k) || f.word(k) && (adverbialOpeners[f.low(k)] || actAdjuncts[f.low(k)])
}

// actAdjuncts open the time, place or aim of an act of speaking ("a prayer
// for the crew", "a cheer at the gates").
var actAdjuncts = words(`for to at in on from across after before as into`)

// bareSpeechActNouns name, without a determiner, a set form spoken as an
// act ("said Mass", "said grace", "said goodbye").
var bareSpeechActNouns = words(`mass grace goodbye goodbyes farewell hello prayers`)

// speechActNouns name an act of speaking, not its content.
var speechActNouns = words(`warning warnings greeting greetings prayer prayers question questions apology
	apologies answer reply command order orders instruction instructions cheer cheers toast curse curses
	oath oaths shout cry scream`)
