package suggest

import (
	"strings"
	"unicode"
)

// This file holds the round-29 rule for a transcript labelled by initials
// ("JM:", "AK:") under a key that spells them out ("Speakers: JM – Jonah
// Mercer (host); AK – Anjali Kovac, hydrologist; …"): each line's speaker
// is the full name the key gives, and the one the key calls the host
// (presenter, interviewer, moderator) only asks, as a "HOST:" line does.

// keyInitialLabels names the initials labels of a transcript by the key
// that spells them out: an initials word outside the labels, a dash, and
// a name whose capitals are those initials. Two labels at least must be
// keyed. A role the key gives in brackets or after a comma ("(host)",
// ", presenter") makes its label the host's.
func (f *finder) keyInitialLabels(labels map[int]int) {
	initials := map[string][]int{}
	for p, colon := range labels {
		start := f.labelStart(colon)
		if _, ok := f.labelWho[p]; ok || colon != start+1 || !keyInitials(f.toks[start].text) {
			continue
		}
		initials[f.toks[start].text] = append(initials[f.toks[start].text], p)
	}
	if len(initials) < 2 {
		return
	}
	key, host := map[string]rng{}, ""
	for k := 0; k+2 < len(f.toks); k++ {
		w := f.toks[k].text
		if _, ok := labels[f.toks[k].para]; ok || initials[w] == nil || !f.word(k) || f.quoted(k) || !f.keyDash(k+1) {
			continue
		}
		j := k + 2
		for j < k+6 && j < len(f.toks) && f.word(j) && isCap(f.toks[j].text) && !functionWords[f.low(j)] {
			j++
		}
		if !capitalsSpell(f.toks[k+2:j], w) {
			continue
		}
		if _, ok := key[w]; !ok {
			key[w] = rng{k + 2, j}
		}
		if f.keyRole(j) && host == "" {
			host = w
		}
	}
	if len(key) < 2 {
		return
	}
	for w, who := range key {
		for _, p := range initials[w] {
			f.labelWho[p] = who
		}
	}
	if host != "" && f.hostLabel == "" {
		f.hostLabel = host
	}
}

// keyInitials reports a word of two to four capital letters ("JM").
func keyInitials(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// keyDash reports a dash, an equals sign or a colon at token k, as a key
// sets an initials word apart from its name.
func (f *finder) keyDash(k int) bool {
	return f.is(k, "–") || f.is(k, "—") || f.is(k, "-") || f.is(k, "=") || f.is(k, ":")
}

// capitalsSpell reports the capitals of name words, in order, spelling
// initials w ("Jonah Mercer" → "JM"), or its first and last capitals doing
// so when w has two letters and the name a middle one.
func capitalsSpell(name []token, w string) bool {
	if len(name) < 2 {
		return false
	}
	var b strings.Builder
	for _, t := range name {
		r := []rune(t.text)
		b.WriteRune(r[0])
	}
	s := b.String()
	if s == w {
		return true
	}
	rw := []rune(w)
	rs := []rune(s)
	return len(rw) == 2 && rs[0] == rw[0] && rs[len(rs)-1] == rw[1]
}

// keyRole reports the host's role given right after a key's name at token
// k: "(host)", "(presenter)", ", presenter", "– interviewer".
func (f *finder) keyRole(k int) bool {
	if !(f.is(k, "(") || f.is(k, ",") || f.is(k, "–") || f.is(k, "—")) {
		return false
	}
	for j := k + 1; j < k+4 && j < len(f.toks) && f.word(j); j++ {
		if interviewerLabels[f.low(j)] && f.low(j) != "reporter" {
			return true
		}
	}
	return false
}
