package suggest

import "strings"

// This file holds further reference rules: bodies named only as a
// modifier of someone's role, so that a later "the club" or "it" can
// stand for them.

// modifierBody reports whether run, a name inside the speaker phrase sp,
// is a body named as the modifier of a role ("Harbourside Athletic coach
// Ana Reyes", "the Dunmore Foods chief executive"): the name's own words
// tell a body's kind and a lower-case role word follows it inside the
// phrase. Such a body is a mention of its own, as a name before "said"
// would be, and a later description or "it" may take it.
func (r *resolver) modifierBody(sp, run rng) bool {
	f := r.f
	if run.a < sp.a || run.b >= sp.b || run.b-run.a < 2 {
		return false
	}
	k := run.b
	if !f.word(k) || isCap(f.toks[k].text) || !r.headCandidate(k) {
		return false
	}
	if lw := f.low(k); !roleNouns[lw] && !titleWords[lw] && !agentNoun(lw) {
		return false
	}
	return len(f.nameKinds(strings.Join(f.phraseWords(run), " "))) > 0
}

// streetWords end the names of streets, grounds and other places a story
// may name with a possessive or a link ("St Anne’s Road", "Tanner’s
// Yard", "the move from Kiln Lane to Harbour Park").
var streetWords = words(`road street lane avenue way drive close crescent terrace row yard park square
	place gardens grove hill green end ground stadium arena field fields bridge wharf quay`)

// streetOnlyWords end places' names and no one's surname.
var streetOnlyWords = words(`road street avenue crescent terrace gardens wharf quay stadium arena`)

// placeName reports whether the name phrase ws is a place, not a person:
// it ends in a street's or ground's word and holds a possessive before
// that word ("Miller’s Lane") or a lower-case link between its names
// ("Kiln Lane for Harbour Park", which a headline's run of capitals
// makes one phrase). A person's name holds neither.
func placeName(ws []string) bool {
	n := len(ws)
	if n < 2 || !isCap(ws[n-1]) || !streetWords[strings.ToLower(bare(ws[n-1]))] {
		return false
	}
	// "Millbrook Road": no one is surnamed Road or Avenue
	if streetOnlyWords[strings.ToLower(bare(ws[n-1]))] && isCap(ws[n-2]) {
		return true
	}
	for k, w := range ws[:n-1] {
		b := bare(w)
		if possessiveWord(w) && isCap(w) && k == n-2 {
			return true
		}
		if k > 0 && (b == "for" || b == "to" || b == "and") && isCap(ws[k-1]) && isCap(ws[k+1]) {
			return true
		}
	}
	return false
}

// placeMention makes m, a phrase placeName calls a place, a named place:
// no person a "she" may take, and no body.
func placeMention(m mention, ws []string) mention {
	m.named = true
	m.canonical = strings.Join(trimDeterminer(ws), " ")
	return m
}

// manTitles are titles written with "-man" that women hold too ("Chairman
// Ruth Okafor").
var manTitles = words(`chairman spokesman alderman councilman congressman foreman`)

// givenOverTitle returns the gender of a named person whose phrase ws
// holds a "-man" title: a given name that tells the other gender wins
// ("Chairman Ruth Okafor" is a woman); otherwise g.
func givenOverTitle(g byte, ws, person []string) byte {
	if len(person) < 2 {
		return g
	}
	given := givenGender(person[0])
	if given == 0 || given == g {
		return g
	}
	for _, w := range ws {
		if manTitles[strings.ToLower(bare(w))] {
			return given
		}
	}
	return g
}

// roleBeforeBody gives a named body the role a description before it
// gives it, when the name is that description's apposition and ends its
// clause ("… its agreement with the developer, Castle Homes.", "sold to
// the operator, Tarn Ferries, in May"): a later "the developer" stands
// for it.
func (r *resolver) roleBeforeBody(i int) {
	f := r.f
	m := &r.mentions[i]
	if !m.named || !m.org || m.pronoun {
		return
	}
	k := m.r.a - 1
	if !f.is(k, ",") || f.quoted(k) {
		return
	}
	if e := m.r.b; !(f.is(e, ".") || f.is(e, ",") || f.is(e, ";") || e >= len(f.toks)) {
		return
	}
	a := k - 1
	for a >= 0 && k-a <= 4 && f.word(a) && !f.quoted(a) && !isCap(f.toks[a].text) && !isDeterminer(f.low(a)) && r.headCandidate(a) {
		a--
	}
	if a < 0 || a == k-1 || !f.word(a) || f.low(a) != "the" {
		return
	}
	if h := singular(f.low(k - 1)); len(bodyKindsOf[h]) == 0 && !orgRoles[h] {
		return
	}
	r.addHeads(m, a+1, k)
}

// namingVerbs are the verbs by which a speaker names what she reported
// ("…, which she called “a disgrace”").
var namingVerbs = words(`called described termed labelled labeled branded dubbed`)

// trimWhichNamed cuts a content before ", which she called …": the
// speaker's name for what she reported is a statement of its own (its
// quotation), not the end of the reported clause.
func (f *finder) trimWhichNamed(r rng) int {
	for k := r.a + 3; k+3 < r.b; k++ {
		if !f.is(k, ",") || f.quoted(k) || f.low(k+1) != "which" || f.quoted(k+2) {
			continue
		}
		v := k + 3
		if f.word(k+2) && (pronouns[f.low(k+2)] || isCap(f.toks[k+2].text)) && f.word(v) && namingVerbs[f.low(v)] && f.clauseLike(rng{r.a, k}) {
			return k
		}
	}
	return r.b
}

// roleIntroducedMore extends roleIntroduced for a "he" or "she" speaking
// inside a quotation: a kin noun after a possessive ("his daughter had
// found …" before „She came home and said: ‚…‘“; "whose father worked
// the same grounds" before “He told me, ‘…’”) introduces that relative,
// and a role followed by a place or origin ("a man from the car
// behind knocked …") is introduced by the whole description, up to its
// verb.
func (f *finder) roleIntroducedMore(k int, g byte) string {
	if role := f.roleIntroduced(k, g); role != "" {
		return f.roleWithLink(k, role)
	}
	w := f.low(k)
	if !f.word(k) || isCap(f.toks[k].text) || kinGender(w) == 0 || kinGender(w) != g {
		return ""
	}
	// "Her husband, Ian Lowe,", "his son Tom": a relative named is no
	// role to stand for
	if f.is(k+1, ",") || f.word(k+1) && isCap(f.toks[k+1].text) {
		return ""
	}
	if d := f.low(k - 1); (d == "his" || d == "her" || d == "their" || d == "whose") && f.word(k-1) {
		return w
	}
	return ""
}

// roleLinks open a place or origin after a role ("a man from the car
// behind", "a woman at the next table").
var roleLinks = words(`from at in on near outside behind`)

// roleWithLink returns role (ending at token k) with the linked phrase
// after it when that phrase ends at a regular verb of the past ("a man from the
// car behind knocked"): at most five words, none capitalised, quoted or a
// clause's verb; role alone otherwise.
func (f *finder) roleWithLink(k int, role string) string {
	if !f.word(k+1) || f.quoted(k+1) != f.quoted(k) || !roleLinks[f.low(k+1)] {
		return role
	}
	ws := []string{role, f.low(k + 1)}
	for e := k + 2; e < len(f.toks) && e <= k+7; e++ {
		if !f.word(e) || isCap(f.toks[e].text) {
			return role
		}
		lw := f.low(e)
		if strings.HasSuffix(lw, "ed") && e > k+2 || clauseVerbs[lw] || auxWords[lw] {
			if e < k+4 || clauseVerbs[lw] && lw != "was" && lw != "had" {
				return role
			}
			return strings.Join(ws, " ")
		}
		ws = append(ws, lw)
	}
	return role
}

// contractedVerb reports whether token k is a pronoun with a verb glued
// on ("it’s", "they're", "we’ve", "she'll"): a subject and its verb, so
// what opens with it is a clause ("told us it’s about staff").
func (x *text) contractedVerb(k int) bool {
	if !x.word(k) {
		return false
	}
	w := strings.ToLower(x.toks[k].text)
	for _, end := range []string{"'s", "’s"} {
		if stem, ok := strings.CutSuffix(w, end); ok {
			return contractedPronouns[stem]
		}
	}
	for _, end := range []string{"'ll", "’ll", "'d", "’d", "'ve", "’ve", "'m", "’m", "'re", "’re"} {
		if stem, ok := strings.CutSuffix(w, end); ok {
			return pronouns[stem]
		}
	}
	return false
}

// nameHearer parses a hearer named by one capitalised word (a programme,
// a paper, a person's surname) right before a reported clause with no
// "that" ("told Newsnight most of her customers came by bus"), from token
// j: the clause opens in lower case and holds a verb.
func (f *finder) nameHearer(j, end int) (int, int, bool) {
	if j+2 >= end || !f.word(j) || f.quoted(j) || !isCap(f.toks[j].text) || possessiveWord(f.toks[j].text) || acronym(f.toks[j].text) && len(f.toks[j].text) < 2 {
		return 0, 0, false
	}
	n := j + 1
	if !f.word(n) || f.quoted(n) || isCap(f.toks[n].text) {
		return 0, 0, false
	}
	lw := f.low(n)
	if lw == "that" || clauseVerbs[lw] || auxWords[lw] || phraseLinks[lw] || beforeThatPreps[lw] || whWords[lw] || strings.HasSuffix(lw, "ed") {
		return 0, 0, false
	}
	if !f.clauseLike(rng{n, end}) && !f.pastVerbWithin(n+1, end) {
		return 0, 0, false
	}
	return j, n, true
}

// irregularPasts are common past forms that do not end in "-ed".
var irregularPasts = words(`came went got made took gave saw knew thought found left kept felt brought
	bought ran fell grew rose won lost paid sold spent sent built began became held stood meant
	fought caught taught drove wrote broke chose spoke`)

// pastVerbWithin reports whether a verb of the past stands among the
// first eight tokens of [a, end), unquoted: a clause's verb.
func (f *finder) pastVerbWithin(a, end int) bool {
	for k := a; k < end && k < a+8; k++ {
		if !f.word(k) || f.quoted(k) {
			return false
		}
		lw := f.low(k)
		if irregularPasts[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed") {
			return true
		}
	}
	return false
}

// heardPast reports whether a's content, after a hearer, has a verb of the
// past early on ("told Newsnight most of her customers came by bus"): a
// clause the hearer was told, though no auxiliary marks it.
// A content that opens with a preposition, or holds a wh-word before the
// verb ("told voters in Eastford why she changed course"), is no such
// clause.
func (f *finder) heardPast(a attribution) bool {
	c := a.content
	if a.addressee.empty() || !f.word(c.a) || phraseLinks[f.low(c.a)] || beforeThatPreps[f.low(c.a)] || placeWords[f.low(c.a)] {
		return false
	}
	for k := c.a; k < c.b && k < c.a+8; k++ {
		if whWords[f.low(k)] {
			return false
		}
	}
	return f.pastVerbWithin(c.a+1, c.b)
}
