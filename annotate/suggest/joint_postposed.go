package suggest

// This file reads a joint speaker after a lede's content: "…, the union
// and the hospitals' trust said on Friday." Two bodies named by their
// roles and joined by "and" speak together, as the golds tag a joint
// statement; the speaker search before the cue finds only the second
// ("the hospitals' trust"), which has "and", not the content's comma,
// before it. Both phrases must be a determiner's or a name's phrase, the
// first straight after the comma, so a clause ("… and the trust said")
// is not read as a pair.

// jointSpeakerBefore returns the two joined phrases before the cue at c,
// "the union and the trust", when the second is the phrase the speaker
// search found at [sa, sb) and the first opens after a comma after lo.
func (f *finder) jointSpeakerBefore(sa, sb, lo int) (int, int, bool) {
	and := sa - 1
	if and-1 <= lo || !f.word(and) || f.quoted(and) || f.low(and) != "and" || !isDeterminer(f.low(sa)) {
		return 0, 0, false
	}
	fa, fb, ok := f.speakerAt(and-1, lo)
	if !ok || fb != and || pronouns[f.low(fa)] || !isDeterminer(f.low(fa)) || fa-1 <= lo || !f.is(fa-1, ",") {
		return 0, 0, false
	}
	return fa, sb, true
}
