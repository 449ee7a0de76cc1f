package suggest

import "strings"

// pluralSubjectBefore returns, for a "they" opening its sentence (mention
// i) that no mention stands for, the plural description that opens the
// sentence before in its paragraph or the one before, without its
// determiner: "The researchers, from …, followed 11,000 children. They
// found that …" → "researchers"; "" when that sentence opens otherwise.
func (r *resolver) pluralSubjectBefore(i int) string {
	f := r.f
	m := r.mentions[i]
	si := f.sentenceOf(m.r.a)
	if si <= 0 {
		return ""
	}
	prev := f.sents[si-1]
	p := f.toks[m.r.a].para
	if prev.para < p-1 || f.paraZone[prev.para] != f.paraZone[p] {
		return ""
	}
	a := prev.t0
	if !f.word(a) || f.quoted(a) || f.low(a) != "the" {
		return ""
	}
	k := a + 1
	for k < prev.t1 && k < a+3 && f.word(k) && !f.quoted(k) && !isCap(f.toks[k].text) && modifier(f.toks[k]) && !roleNouns[f.low(k)] {
		k++
	}
	w := f.low(k)
	if k >= prev.t1 || !f.word(k) || f.quoted(k) || isCap(f.toks[k].text) || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") ||
		!(roleNouns[w] || agentNoun(w)) || orgRoles[w] || documentNouns[w] {
		return ""
	}
	// the description is the subject: a comma, a verb or an adverb follows
	// it, no "of" that would make it a part of something else
	if n := f.low(k + 1); n == "of" || n == "'s" || n == "’s" {
		return ""
	}
	return strings.Join(f.phraseWords(rng{a + 1, k + 1}), " ")
}
