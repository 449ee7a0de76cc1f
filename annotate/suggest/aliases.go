package suggest

import (
	"strings"
)

// This file resolves the other names a story gives a person after the
// first mention: initials made of the capitals of the person's name ("TRD"
// for "Tomás Rourke-Delaney") and a nickname the text marks as one
// ("Samuel Okonjo-Reid, known as Big Sam"; "Big Sam, as the striker has
// been known"). Aliases are learnt from the text only, never from a list.

// nicknameMarks are the words that, after "known as" or alone, give a
// nickname: "known as Big Sam", "nicknamed Big Sam", "dubbed Big Sam".
var nicknameMarks = words(`nicknamed dubbed`)

// resolveAliases gives every mention whose words are an alias of one
// person named in full that person's full name.
func (r *resolver) resolveAliases() {
	nick := map[string]bool{} // names the text marks as nicknames
	for _, m := range r.mentions {
		if !m.pronoun && m.canonical != "" && r.markedNickname(m) {
			nick[m.canonical] = true
		}
	}
	var people []string // full names of people, two words or more
	seen := map[string]bool{}
	for _, m := range r.mentions {
		if !nick[m.canonical] && m.person && m.named && !m.pronoun && !m.plural && !seen[m.canonical] && len(strings.Fields(m.canonical)) >= 2 {
			seen[m.canonical] = true
			people = append(people, m.canonical)
		}
	}
	if len(people) == 0 {
		return
	}
	alias := map[string]string{}
	for i, m := range r.mentions {
		if m.pronoun || seen[m.canonical] || m.canonical == "" {
			continue
		}
		if full := r.initialsOf(m, people); full != "" {
			alias[m.canonical] = full
			continue
		}
		if _, ok := alias[m.canonical]; ok || !nick[m.canonical] || !r.markedNickname(m) {
			continue
		}
		if full := r.nicknameOwner(i, people); full != "" {
			alias[m.canonical] = full
		}
	}
	if len(alias) == 0 {
		return
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		full, ok := alias[m.canonical]
		if !ok || m.pronoun {
			continue
		}
		if r.genders[full] == 0 && m.gender != 0 {
			r.genders[full] = m.gender
		}
		m.canonical, m.person, m.named, m.org, m.plural = full, true, true, false, false
	}
}

// initialsOf returns the one full name whose capitals a mention of a
// single word of three or four capitals spells ("TRD" for "Tomás
// Rourke-Delaney"); "" otherwise, or when the word is an organisation's
// initials the text gives.
func (r *resolver) initialsOf(m mention, people []string) string {
	if m.r.b-m.r.a != 1 {
		return ""
	}
	w := r.f.toks[m.r.a].text
	n := len([]rune(w))
	if n < 3 || n > 4 || strings.ToUpper(w) != w || strings.ToLower(w) == w || r.initials[w] != "" {
		return ""
	}
	found := ""
	for _, p := range people {
		if capitalsOf(p) == w {
			if found != "" {
				return ""
			}
			found = p
		}
	}
	return found
}

// capitalsOf spells the capitals that open each part of a name, the parts
// of a hyphenated word included ("Tomás Rourke-Delaney" → "TRD").
func capitalsOf(name string) string {
	return capitalsScan(name) // one pass, no slices
}

// markedNickname reports whether the text marks mention m as a nickname:
// "known as Big Sam", "nicknamed Big Sam", or "Big Sam, as the striker
// has been known".
func (r *resolver) markedNickname(m mention) bool {
	f := r.f
	if m.r.b-m.r.a > 3 || !isCap(f.toks[m.r.a].text) {
		return false
	}
	a := m.r.a
	if f.low(a-1) == "as" && f.low(a-2) == "known" || nicknameMarks[f.low(a-1)] {
		return true
	}
	if r.nicknameClause(m) >= 0 {
		return true
	}
	if !f.is(m.r.b, ",") || f.low(m.r.b+1) != "as" {
		return false
	}
	para := f.toks[m.r.a].para
	for k := m.r.b + 2; k < len(f.toks) && k < m.r.b+14 && f.toks[k].para == para; k++ {
		if f.is(k, ",") || f.is(k, ".") {
			return false
		}
		if f.low(k) == "known" && f.low(k+1) != "as" {
			return true
		}
	}
	return false
}

// nicknameOwner returns the full name a marked nickname at mention i
// stands for: the person named just before ", known as"; otherwise the one
// person whose given name the nickname's last word shortens ("Sam" of
// "Samuel", never of a "Sam" named so in full); "" when none or several.
func (r *resolver) nicknameOwner(i int, people []string) string {
	f, m := r.f, r.mentions[i]
	if f.low(m.r.a-1) == "as" && f.low(m.r.a-2) == "known" && f.is(m.r.a-3, ",") ||
		nicknameMarks[f.low(m.r.a-1)] && f.is(m.r.a-2, ",") {
		comma := m.r.a - 2
		if f.low(m.r.a-1) == "as" {
			comma = m.r.a - 3
		}
		for j := i - 1; j >= 0; j-- {
			c := r.mentions[j]
			if c.r.b == comma && c.person && hasWord(people, c.canonical) {
				return c.canonical
			}
			if c.r.b < comma {
				break
			}
		}
	}
	if open := r.nicknameClause(m); open >= 0 {
		// "Ann Roe, …, whom the gallery calls the Duchess": the person
		// named before the clause's comma, nearest first
		para := f.toks[m.r.a].para
		for j := i - 1; j >= 0; j-- {
			c := r.mentions[j]
			if c.r.b > open {
				continue
			}
			if f.toks[c.r.a].para != para || f.sentenceOf(c.r.a) != f.sentenceOf(open) {
				break
			}
			if f.is(c.r.b, ",") && c.person && !c.pronoun && hasWord(people, c.canonical) {
				return c.canonical
			}
		}
		return ""
	}
	ws := f.phraseWords(m.r)
	short := strings.ToLower(bare(ws[len(ws)-1]))
	if len([]rune(short)) < 3 {
		return ""
	}
	found := ""
	for _, p := range people {
		given := strings.ToLower(strings.Fields(p)[0])
		if len(given) > len(short) && strings.HasPrefix(given, short) {
			if found != "" {
				return ""
			}
			found = p
		}
	}
	return found
}

// callingVerbs give a name they are followed by as what someone is called:
// "whom her whips call the Duchess".
var callingVerbs = words(`call calls called nickname nicknames nicknamed dub dubs dubbed christened`)

// asCallingWords, before "as", give a name the same way: "whom the column
// has long thought of as Captain Clipboard", "known to the benches as the
// Father of the Bar", "whom fans refer to as Big Sam".
var asCallingWords = words(`known of to`)

// nicknameClause returns the token that opens the clause giving mention m
// as a nickname: a relative "whom" whose verb calls someone m ("whom her
// own whips call the Duchess", "whom this column has long thought of as
// Captain Clipboard"), or a participle "known" after a comma or "and"
// whose "as" gives m ("and known to this column, with great affection, as
// the Father of the Bar"); -1 when m is given so by no such clause. The
// clause stays in m's sentence and runs no more than a dozen words.
func (r *resolver) nicknameClause(m mention) int {
	f := r.f
	a := m.r.a
	if f.low(a) == "the" {
		a++
	}
	for a < m.r.b && titleWords[f.low(a)] && f.low(a-1) != "as" && !callingVerbs[f.low(a-1)] {
		a++ // "Captain Clipboard" read as a title and a name
	}
	if f.low(a-1) == "the" {
		a--
	}
	if a >= m.r.b || !f.word(a-1) {
		return -1
	}
	verb := a - 1
	calling := callingVerbs[f.low(verb)]
	if !calling && (f.low(verb) != "as" || !asCallingWords[f.low(verb-1)] && !f.is(verb-1, ",")) {
		return -1
	}
	para := f.toks[a].para
	for k := verb - 1; k >= 0 && k >= verb-14 && f.toks[k].para == para; k-- {
		if f.is(k, ".") || f.is(k, ";") || f.is(k, "?") || f.is(k, "!") || f.toks[k].kind == tQuote {
			return -1
		}
		switch f.low(k) {
		case "whom":
			if f.is(k-1, ",") || f.low(k-1) == "and" {
				return k
			}
			return -1
		case "known":
			if !calling && (f.is(k-1, ",") || f.low(k-1) == "and") {
				return k
			}
		}
	}
	return -1
}
