package suggest

import "strings"

// countedSpeakers gives unnamed speakers counted by a number word their
// canonical name without the count, before pronouns copy it:
//
//   - "Three nurses at the clinic, who asked not to be named, said …" →
//     "nurses at the clinic": the guidelines strip determiners from a
//     canonical name, and a count is one (the gold drops it: "former members
//     of staff", "people familiar with the talks");
//   - "One, a porter with ten years on the wards, said: …" → "porter with
//     ten years on the wards": a lone "One" picks a member of the group
//     named before, and the apposition after it is who that member is.
//
// It leaves alone a count of a capitalised word ("Two Labour councillors"
// keeps its party), a partitive ("Two of the nurses"), a counted group that
// only acts before its cue ("Two board members voted against the plan,
// arguing …": the group is named for its act, as u25's gold keeps it), and
// a "One" with no apposition or with a name in it ("One, Ann Lee, said"),
// which the name rules take.
func (r *resolver) countedSpeakers() {
	f := r.f
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || m.named || m.pronoun || m.antecedent >= 0 || f.quoted(m.r.a) {
			continue
		}
		if name := f.oneApposed(m.r); name != "" {
			m.canonical, m.person = name, true
			continue
		}
		if f.countedGroup(m.r) && f.countedSpeaks(m.r, m.att) {
			m.canonical = strings.Join(f.phraseWords(rng{m.r.a + 1, m.r.b}), " ")
		}
	}
}

// countedGroup reports whether speaker phrase p opens with a count of two
// or more ("Three", "14") before a lower-case noun, not a scale or "of".
func (f *finder) countedGroup(p rng) bool {
	if p.b-p.a < 2 || !f.word(p.a) || !f.word(p.a+1) {
		return false
	}
	n := f.low(p.a)
	if n == "one" || !placeNumbers[n] && !(isNumber(n) && !strings.ContainsAny(n, ".,")) {
		return false
	}
	next := f.toks[p.a+1].text
	return !isCap(next) && !functionWords[f.low(p.a+1)] && !countScales[f.low(p.a+1)]
}

// countScales multiply the count before them ("two hundred residents"):
// the count is then the scale's, and "of" makes a partitive ("two of the
// nurses").
var countScales = words(`of hundred hundreds thousand thousands million millions dozen dozens score`)

// countedSpeaks reports whether the counted group p is the subject of its
// own cue: the cue follows the phrase, at most after a comma-closed aside,
// rather than after another verb of the group's ("voted against …,
// arguing").
func (f *finder) countedSpeaks(p rng, att int) bool {
	a := f.atts[att]
	if a.cue.empty() || a.cue.a < p.b {
		return false
	}
	k := p.b
	if f.is(k, ",") {
		for k++; k < a.cue.a && !f.is(k, ","); k++ {
		}
		if !f.is(k, ",") {
			return false
		}
		k++
	}
	return k == a.cue.a
}

// oneApposed returns, for a speaker phrase that is a lone "One" followed by
// a comma, "a" or "an", a lower-case description and a closing comma ("One,
// a team leader at the depot, said"), the description without its article;
// otherwise "".
func (f *finder) oneApposed(p rng) string {
	if p.b-p.a != 1 || f.low(p.a) != "one" || !f.is(p.b, ",") {
		return ""
	}
	if l := f.low(p.b + 1); l != "a" && l != "an" {
		return ""
	}
	d := p.b + 2
	if !f.word(d) || isCap(f.toks[d].text) || functionWords[f.low(d)] {
		return "" // "One, a Mr Lee," or "One, an …": no description
	}
	k := d
	for ; k < len(f.toks) && !f.is(k, ",") && k-d <= 12; k++ {
		if f.quoted(k) || f.is(k, ".") || f.is(k, ":") || f.is(k, ";") || f.is(k, "(") {
			return ""
		}
	}
	if !f.is(k, ",") {
		return ""
	}
	return strings.Join(f.phraseWords(rng{d, k}), " ")
}
