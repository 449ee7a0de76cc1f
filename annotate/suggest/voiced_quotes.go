package suggest

import "strings"

// This file holds the round-29 rules for speech given a voice rather than
// a verb of saying: "“Order!” cried the Speaker", "“I was there,” he then
// muttered", and a heckle as the object of a shout ("A voice shouted
// “Resign!”, which …"). Such a verb is a cue only right beside a
// quotation; on its own ("the child cried", "he called the office") it
// reports no speech, so these words stay out of cueWords.

// voicedCues are verbs of voicing words aloud, with their lemmas.
var voicedCues = map[string]string{
	"cried": "cry", "cries": "cry",
	"muttered": "mutter", "mutters": "mutter",
	"murmured": "murmur", "murmurs": "murmur",
	"whispered": "whisper", "whispers": "whisper",
	"bellowed": "bellow", "bellows": "bellow",
	"roared": "roar", "roars": "roar",
	"hissed": "hiss", "hisses": "hiss",
	"snapped": "snap", "snaps": "snap",
	"screamed": "scream", "screams": "scream",
	"shrieked": "shriek", "shrieks": "shriek",
	"heckled": "heckle", "heckles": "heckle",
	"chanted": "chant", "chants": "chant",
	"called": "call", "calls": "call",
}

// shoutLemmas are the cues that take a heckle as their object ("shouted
// “Resign!”", "cried “Shame!”").
var shoutLemmas = words(`shout yell cry scream shriek bellow roar heckle chant call`)

// frameAdverbs may stand between a speaker and a voicing verb ("he then
// muttered", "she quietly hissed").
var frameAdverbs = words(`then again later finally only suddenly`)

// voicedAfterQuote matches a quotation closed by a comma, an exclamation
// or a question mark, then a voicing verb and a speaker ("“Order!” cried
// the Speaker, Dame Ann Roe.") or a speaker, perhaps an adverb, and the
// verb ("“I was there,” he then muttered, loudly enough …"). j is the
// token after the quotation and its comma, end the sentence's end.
func (f *finder) voicedAfterQuote(a *attribution, j, end int) bool {
	q := a.content.b - 1
	if !f.is(q-1, ",") && !f.is(q-1, "!") && !f.is(q-1, "?") && !f.is(q+1, ",") || j >= end {
		return false
	}
	if lemma, ok := voicedCues[f.low(j)]; ok && f.word(j) && !f.quoted(j) {
		sa, sb, ok := f.phraseAfter(j+1, end)
		if !ok {
			sa, sb, ok = f.describedNameAfter(j+1, end)
		}
		if !ok {
			return false
		}
		if na, nb, ok := f.appositiveNameAfter(sa, sb, end); ok {
			sa, sb = na, nb
		}
		a.speaker, a.cue, a.cueLemma = rng{sa, sb}, rng{j, j + 1}, lemma
		a.pattern, a.conf = "D1", 0.8
		return true
	}
	for c := j + 1; c < end && c < j+6; c++ {
		lemma, ok := voicedCues[f.low(c)]
		if !ok || !f.word(c) || f.quoted(c) {
			if f.quoted(c) || !f.word(c) {
				return false
			}
			continue
		}
		v := c
		if frameAdverbs[f.low(c-1)] || strings.HasSuffix(f.low(c-1), "ly") && c-1 > j {
			v = c - 1
		}
		sa, sb, ok := f.speakerBefore(v, j)
		if !ok || sa != j || sb != v {
			return false
		}
		a.speaker, a.cue, a.cueLemma = rng{sa, sb}, rng{c, c + 1}, lemma
		a.pattern, a.conf = "D2", 0.8
		return true
	}
	return false
}

// exclamation reports a quotation of one to three words, the first
// capitalised, closing in an exclamation mark inside its marks
// ("“Resign!”", "“Not again!”"): a call or a heckle.
func (f *finder) exclamation(q quotation) bool {
	return q.words >= 1 && q.words <= 3 && !q.title && f.word(q.t0+1) && isCap(f.toks[q.t0+1].text) && f.is(q.t1-1, "!")
}

// shoutedExclamation reads a heckle as the object of a shout ("A voice
// from the gallery shouted “Resign!”, which …", "Ann Roe shouted
// “Shame!” at the minister and was told to leave"): the quotation alone
// is the statement, the shouter the speaker.
func (f *finder) shoutedExclamation(a *attribution, q quotation, s sentence) bool {
	c := q.t0 - 1
	if !f.exclamation(q) || c <= s.t0 || !f.word(c) || f.quoted(c) {
		return false
	}
	lemma := voicedCues[f.low(c)]
	if cw, ok := cueWords[f.low(c)]; ok {
		lemma = cw.lemma
	}
	if !shoutLemmas[lemma] {
		return false
	}
	sa, sb, ok := f.speakerBefore(c, s.t0)
	if !ok {
		sa, sb, ok = f.unseenVoice(c, s.t0)
	}
	if !ok {
		sa, sb, ok = f.placedShouter(c, s.t0) // "a delegate near the back shouted"
	}
	if !ok {
		return false
	}
	a.speaker, a.cue, a.cueLemma = rng{sa, sb}, rng{c, c + 1}, lemma
	a.pattern, a.conf = "D3", 0.8
	return true
}

// unseenVoice reads the unnamed shouter of a heckle, the subject before
// the cue at c: "a voice" or "one voice", perhaps placed ("A voice from
// the gallery shouted “…!”"), up to the cue, no comma between.
func (f *finder) unseenVoice(c, t0 int) (int, int, bool) {
	for k := c - 1; k > t0 && k >= c-8; k-- {
		if !f.word(k) || f.quoted(k) {
			return 0, 0, false
		}
		if f.low(k) == "voice" && (f.low(k-1) == "a" || f.low(k-1) == "one" || f.low(k-1) == "another") {
			return k - 1, c, true
		}
	}
	return 0, 0, false
}

// exclaimedHalf reports a direct attribution whose quotation is an
// exclamation opening its sentence ("“Order!” cried the chair, Ann Roe."):
// a quotation after it in the same paragraph goes on with its frame, as
// one broken by a comma would.
func (f *finder) exclaimedHalf(a attribution) bool {
	if a.content.empty() || f.toks[a.content.a].kind != tQuote {
		return false
	}
	qi := f.toks[a.content.a].quote
	return qi >= 0 && qi < len(f.quotes) && f.quotes[qi].t0 == a.content.a && f.exclamation(f.quotes[qi])
}
