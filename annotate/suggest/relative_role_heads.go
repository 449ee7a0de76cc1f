package suggest

import "strings"

// Reports introduce an office's holder by a relative clause rather than an
// apposition: "Helen Marsh, who has been ombudsman since 2021, said …",
// "Tom Ashe, who became chairman in May, said …". Later the text calls
// the holder by the office alone ("The ombudsman said …"), and a body
// whose name holds the same word ("the Health Service Ombudsman") must not
// take those lines from the person: the relative clause names her by the
// office as an apposition would.

// relativeRoleLinks are the verbs of a relative clause that give the one it
// describes a role, each as the words after "who".
var relativeRoleLinks = [][]string{
	{"is"}, {"was"}, {"has", "been"}, {"had", "been"}, {"became"}, {"has", "become"}, {"remains"},
	{"served", "as"}, {"has", "served", "as"}, {"serves", "as"},
	{"was", "appointed"}, {"was", "named"}, {"was", "elected"},
	{"has", "been", "appointed"}, {"has", "been", "named"}, {"has", "been", "elected"},
}

// relativeRoleEnds may follow the role of such a clause: a link to its
// body or place, a time, or the clause's closing comma.
var relativeRoleEnds = words(`since until from in for of at on last this`)

// relativeRoleHeads adds to a named person the role a relative clause
// after the name's comma gives her ("…, who has been ombudsman since
// 2021,"). The role is one to three lower-case words after the verb, with
// an optional determiner or possessive, that end at a link, a time word or
// a comma; a participle or adverb there ("who was injured in …", "who is
// also …") is no role, and neither is a capitalised body ("who was
// Ombudsman Services' chair" keeps its own reading elsewhere).
func (r *resolver) relativeRoleHeads(i int) {
	f := r.f
	m := &r.mentions[i]
	k := m.r.b
	if !m.named || !m.person || m.org || m.pronoun || !f.is(k, ",") || f.quoted(k) || f.low(k+1) != "who" {
		return
	}
	a := -1
	for _, link := range relativeRoleLinks {
		ok := true
		for n, w := range link {
			if !f.word(k+2+n) || f.quoted(k+2+n) || f.low(k+2+n) != w {
				ok = false
				break
			}
		}
		if ok && k+2+len(link) > a {
			a = k + 2 + len(link)
		}
	}
	if a < 0 {
		return
	}
	if f.word(a) && (isDeterminer(f.low(a)) || possessivePronouns[f.low(a)]) {
		a++
	}
	if f.word(a) && possessiveWord(f.toks[a].text) && !isCap(f.toks[a].text) {
		a++ // "the club's"
	}
	b := a
	for b < len(f.toks) && b < a+3 && f.word(b) && !f.quoted(b) && !isCap(f.toks[b].text) &&
		r.headCandidate(b) && !relativeRoleEnds[f.low(b)] && !notRoleWord(f.low(b)) {
		b++
	}
	if b == a || !(f.is(b, ",") || f.word(b) && relativeRoleEnds[f.low(b)]) {
		return
	}
	r.addHeads(m, a, b)
}

// notRoleWord reports whether w reads as a participle, an adverb or a
// number rather than a noun of office.
func notRoleWord(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") ||
		isNumber(w) || auxWords[w] || w == "not" || w == "also" || w == "still" || w == "now"
}
