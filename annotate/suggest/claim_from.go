package suggest

// This file reads a claim introduced by whose it is, with no verb of
// saying: "The third claim, from the council leader, was that …", "Her
// main complaint, from the start, was that …" is not one (no speaker
// after "from"). What follows "was that" is the statement of the one the
// claim came from, without a cue, as the guidelines tag it.

// claimNouns name something said as a thing that came from someone.
var claimNouns = words(`claim claims allegation accusation charge promise pledge complaint assertion boast`)

// claimFrom finds "(The ORDINAL?) CLAIM, from SPEAKER, was that C" opening
// sentence si and adds C as SPEAKER's statement without a cue.
func (f *finder) claimFrom(si int) {
	s := f.sents[si]
	end := f.sentEnd(s)
	k := s.t0
	if f.word(k) && isDeterminer(f.low(k)) {
		k++
	}
	for n := 0; n < 2 && f.word(k) && !f.quoted(k) && !claimNouns[f.low(k)] && !isCap(f.toks[k].text) && modifier(f.toks[k]); n++ {
		k++ // "third", "main"
	}
	if !f.word(k) || f.quoted(k) || !claimNouns[f.low(k)] || !f.is(k+1, ",") || f.low(k+2) != "from" || f.quoted(k+2) {
		return
	}
	from := k + 2
	comma := -1
	for m := from + 1; m < end && m < from+12; m++ {
		if f.quoted(m) {
			return
		}
		if f.is(m, ",") {
			comma = m
			break
		}
	}
	if comma < 0 || f.low(comma+1) != "was" || f.low(comma+2) != "that" || f.quoted(comma+1) || comma+3 >= end {
		return
	}
	sa, sb, ok := f.speakerAt(comma-1, from+1)
	if !ok || sa <= from || sb != comma || !f.hasName(rng{sa, sb}) {
		return
	}
	f.add(attribution{sent: si, speaker: rng{sa, sb}, content: rng{comma + 3, end}, pattern: "I1", conf: 0.6, priority: prioIndirect})
}
