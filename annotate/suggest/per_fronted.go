package suggest

// This file reads a fronted "Per": "Per a club spokesman, the stand will
// reopen in May" reports what the spokesman says as "According to a club
// spokesman, …" would. "Per" is American newsroom shorthand; the golds cue
// it alone. "Per cent", "per capita", "per annum" and "per se" are no
// attribution, and neither is "Per" without a comma after its phrase.

// perFronted applies A1 to a sentence that opens with "Per", a speaker
// phrase (a determiner's or a name's) and a comma.
func (f *finder) perFronted(si int) {
	s := f.sents[si]
	end := f.sentEnd(s)
	i := s.t0
	if f.toks[i].text != "Per" || f.quoted(i) || !f.word(i+1) || f.quoted(i+1) || perNotSource[f.low(i+1)] {
		return
	}
	if !isDeterminer(f.low(i+1)) && !f.nameWord(i+1) {
		return
	}
	sa, sb, ok := f.phraseAfter(i+1, end)
	if !ok || sa != i+1 || !f.is(sb, ",") {
		return
	}
	a := attribution{sent: si, speaker: rng{sa, sb}, cue: rng{i, i + 1}, cueLemma: "per", priority: prioAccording}
	a.content = rng{sb + 1, end}
	if f.wordsIn(a.content) < 3 || !f.clauseLike(a.content) {
		return
	}
	a.pattern, a.conf = "A1", 0.6
	f.add(a)
}

// perNotSource follow "per" in measures and set phrases.
var perNotSource = words(`cent capita annum se diem head person year month week day hour unit`)
