package suggest

import (
	"slices"
	"strings"
)

// This file gives a first-person piece's reported speech to its narrator
// when the page names her: an "as told to" diary or a column whose
// standfirst opens on the narrator ("Club captain Ann Vole on the week
// that …", "Expedition leader Tom Hale kept a diary as …", "… Ann Vole
// writes"). There her own "I told her I was staying" is a statement of
// hers. Anywhere else an "I" outside quotation marks is no speaker: an
// ordinary story's reporter, a letter writer or a column without such a
// standfirst.

// dekNarrator is the name of the one person a dek presents as the voice
// of the piece, or "" when it presents none or more than one.
func dekNarrator(x *text) string {
	if !slices.Contains(x.paraZone, "dek") {
		return "" // most documents: no token need be asked
	}
	found := ""
	for i := range x.toks {
		p := x.toks[i].para
		if p >= len(x.paraZone) || x.paraZone[p] != "dek" || !x.nameWord(i) || x.nameWord(i+1) {
			continue
		}
		if !x.narratorAfter(i + 1) {
			continue
		}
		n := x.nameRun(i)
		name := x.personName(x.phraseWords(rng{i - n + 1, i + 1}))
		if len(name) < 2 {
			continue
		}
		s := strings.Join(name, " ")
		if found != "" && found != s {
			return ""
		}
		found = s
	}
	return found
}

// narratorAfter reports whether the words from token k on present the name
// just before as the piece's voice: "on" and a lower-case word ("on the
// week", not "on Tuesday"), "kept a diary", "writes".
func (x *text) narratorAfter(k int) bool {
	if !x.word(k) || x.toks[k].para != x.toks[k-1].para {
		return false
	}
	switch x.low(k) {
	case "on":
		return x.word(k+1) && !isCap(x.toks[k+1].text)
	case "kept":
		return x.low(k+1) == "a" && x.low(k+2) == "diary"
	case "writes":
		return true
	}
	return false
}

// narratorI reports whether token i is the narrator's "I" outside any
// quotation in the body of a piece whose dek names her.
func (x *text) narratorI(i int) bool {
	if x.narrator == "" || !x.word(i) || x.quoted(i) || x.toks[i].text != "I" {
		return false
	}
	p := x.toks[i].para
	return p < len(x.paraZone) && x.paraZone[p] == "body"
}

// resolveNarratorVoice gives the narrator's name to each "I" that speaks
// in a piece whose dek names her.
func (r *resolver) resolveNarratorVoice() {
	f := r.f
	if f.narrator == "" {
		return
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || m.r.b-m.r.a != 1 || !f.narratorI(m.r.a) {
			continue
		}
		m.canonical, m.person, m.named, m.pronoun, m.antecedent = f.narrator, true, false, true, -1
		for j, c := range r.mentions {
			if j != i && c.canonical == f.narrator && !c.pronoun {
				m.antecedent = j
				break
			}
		}
	}
}
