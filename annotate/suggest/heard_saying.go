package suggest

// This file holds the round-32 rule for a remark overheard or caught on a
// recording, reported in the passive of "hear" ("In the recording, the
// leader can be heard saying that …", "was heard telling aides that …").
// The participle after "heard" is the reporting verb and the subject of
// the passive is the one who speaks; without the rule "saying" after
// "heard" was no cue at all, since a participle reports only after a
// comma or a verb of going on ("keeps saying").

// heardCue reads a reporting participle right after "heard" that follows
// a form of "be" ("is heard saying", "can be heard telling"): a cue of the
// participle's verb. "He had heard, saying …" and "heard him saying" are
// no such passive.
func (x *text) heardCue(i int) (cueWord, bool) {
	pw, ok := x.participleAt(i)
	if !ok || !x.word(i-1) || x.quoted(i-1) || x.low(i-1) != "heard" || !x.word(i-2) || x.quoted(i-2) || !heardBeForms[x.low(i-2)] {
		return cueWord{}, false
	}
	return pw, true
}

// heardBeForms make "heard" passive before a participle.
var heardBeForms = words(`is was are were be been being`)

// heardStart is the first token of the verb chain before a cue at c read
// by heardCue ("can" of "can be heard saying", "was" of "was heard
// saying"), or c: the cue spans the chain, and the speaker ends before it.
func (x *text) heardStart(c int) int {
	if _, ok := x.heardCue(c); !ok {
		return c
	}
	k := c - 2
	for k-1 >= 0 && x.word(k-1) && !x.quoted(k-1) && (heardModals[x.low(k-1)] || heardBeForms[x.low(k-1)]) {
		k--
	}
	return k
}

// heardModals stand before "be heard" ("can be heard", "could be heard").
var heardModals = words(`can could may might will would`)
