package suggest

import "strings"

// This file gives named bodies type words and uses them to check what a
// definite description ("the company", "the competition watchdog", "the
// trust") or a speaking "it" stands for: a description takes an earlier
// body of a compatible kind, never one of another kind (an action group is
// no company), and, when none fits, keeps its own words.

// bodyKindTable is the one table of the kinds of bodies and of the words
// that name each kind, in a description's head ("the watchdog said") or in
// a body's name ("Competition and Consumer Authority", "Harcastle Police").
// A word may name several kinds ("authority" is a watchdog or a council,
// "group" a company or a campaign); two words stand for one another when
// some kind holds both.
var bodyKindTable = map[string]string{
	"watchdog": `watchdog regulator authority commission ombudsman inspectorate office`,
	"company": `company firm group operator business developer lender bank carrier airline startup
		start-up retailer grocer supermarket chain manufacturer maker supplier producer utility
		insurer broadcaster publisher brewer builder housebuilder miner quarrier employer owner
		chipmaker carmaker automaker drugmaker insurer airline conglomerate corporation
		multinational giant label`,
	"club":        `club side team fc afc united city town rovers athletic wanderers albion rangers hotspur villa`,
	"force":       `force police constabulary`,
	"ministry":    `ministry department government administration executive`,
	"council":     `council authority`,
	"union":       `union`,
	"court":       `court tribunal`,
	"charity":     `charity trust foundation fund appeal`,
	"association": `association federation chamber body organisation organization confederation society league`,
	"campaign":    `campaign group campaigners coalition alliance`,
	"trust":       `trust hospital`,
	"university":  `university college institution`,
	"party":       `party`,
	"agency":      `agency office service`,
	"institute":   `institute centre center laboratory observatory academy`,
}

// bodyKindsOf maps each word of bodyKindTable to the kinds it names.
var bodyKindsOf = func() map[string][]string {
	out := map[string][]string{}
	for kind, ws := range bodyKindTable {
		for _, w := range strings.Fields(ws) {
			if !hasWord(out[w], kind) {
				out[w] = append(out[w], kind)
			}
		}
	}
	return out
}()

// businessPlurals end companies' names ("Brackenrigg Aggregates", "Corbel
// Securities", "Dunmore Foods"): a plural of goods or trade is no surname.
var businessPlurals = words(`aggregates holdings industries foods motors systems logistics technologies
	pharmaceuticals homes developments properties brands stores minerals metals chemicals resources records
	therapeutics biosciences biotherapeutics diagnostics
	securities investments enterprises solutions materials engineering construction contractors
	plastics textiles supplies services estates mills mines quarries brewers distillers
	coaches buses airways freight haulage`)

// campaignWords before "Group" make a campaign of it, not a company ("Hollin
// Edge Action Group", "Residents' Group").
var campaignWords = words(`action campaign pressure residents residents' residents’ protest community lobby
	support advocacy tenants tenants' tenants’ parents parents' parents’ user users patients`)

// bodySuffixKinds are the legal forms that end a body's name, with the kind
// each tells ("Terminal Alto Tirreno S.p.A.", "BWV e.V.").
var bodySuffixKinds = map[string]string{"ltd": "company", "plc": "company", "inc": "company", "llc": "company",
	"corp": "company", "co": "company", "gmbh": "company", "ag": "company", "sa": "company", "s.a": "company",
	"spa": "company", "s.p.a": "company", "nv": "company", "n.v": "company", "bv": "company", "b.v": "company",
	"oy": "company", "ab": "company", "as": "company", "asa": "company", "kg": "company", "srl": "company", "s.r.l": "company",
	"sarl": "company", "s.l": "company", "ev": "association", "e.v": "association"}

// nameKinds returns the kinds a body's name tells by its last word: a legal
// form, a business plural, a team's word or a kind's word ("Authority",
// "Police", "Trust"); "Group" after a campaign's word is a campaign only.
func nameKinds(name string) []string {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return nil
	}
	last := strings.ToLower(strings.TrimSuffix(ws[len(ws)-1], "."))
	if k, ok := bodySuffixKinds[last]; ok {
		return []string{k}
	}
	if len(ws) < 2 {
		return nil
	}
	// "Office of Rail Standards", "Court of Appeal", "Department for
	// Island Transport": the head stands before the link
	for k := 1; k < len(ws)-1; k++ {
		if l := strings.ToLower(ws[k]); l == "of" || l == "for" {
			if kinds := bodyKindsOf[singular(foldAccents(strings.ToLower(ws[k-1])))]; len(kinds) > 0 {
				return kinds
			}
			break
		}
	}
	if businessPlurals[last] {
		return []string{"company"}
	}
	w := singular(foldAccents(last))
	if w == "society" && strings.ToLower(ws[len(ws)-2]) == "building" {
		return []string{"company"} // a lender
	}
	if w == "group" && campaignWords[strings.ToLower(ws[len(ws)-2])] {
		return []string{"campaign"}
	}
	if k := bodyKindsOf[w]; len(k) > 0 {
		return k
	}
	return bodyKindsOf[last] // "Rovers", "Wanderers"
}

// entityKinds returns every kind mention c's body is known by: its name's,
// and those of the words its appositions and the words before its name
// give it ("the quarry operator X", "X, the regulator,").
// Its callers only read it (entityKindsShared).
func (r *resolver) entityKinds(c mention) []string {
	return r.entityKindsShared(c)
}

// bodyKindFit tells whether a description's head may stand for mention c:
// 1 when a kind of the head is one of c's, -1 when both have kinds and
// none is shared, 0 when either tells none.
func (r *resolver) bodyKindFit(head string, c mention) int {
	hk := bodyKindsOf[head]
	ck := r.entityKinds(c)
	if len(hk) == 0 || len(ck) == 0 {
		return 0
	}
	for _, k := range hk {
		if hasWord(ck, k) {
			return 1
		}
	}
	return -1
}

// namedCollectiveBody reports whether a body's name is plural to "they"
// and yet a body to "it": a police force, a club ("Kirkby Rovers"). The
// name's kinds come from the document's memo: the resolver asks this of
// every earlier plural body for each description and pronoun.
func (x *text) namedCollectiveBody(name string) bool {
	k := x.nameKinds(name)
	return hasWord(k, "force") || hasWord(k, "club")
}

// relativeBody makes a name a body when ", which" follows it ("Brackenrigg
// Aggregates, which has run the quarry since 2009,"): a person is "who".
// Only a name taken for a person by default (two capitalised words) is
// checked; a name known to be a person stays one.
func (r *resolver) relativeBody(i int) {
	f := r.f
	m := &r.mentions[i]
	if !m.person || m.org || m.doc || m.pronoun || m.plural || !m.named || m.canonical == "" || r.personKnown(*m) {
		return
	}
	ws := strings.Fields(m.canonical)
	last := strings.ToLower(strings.TrimSuffix(ws[len(ws)-1], "."))
	// "Brenmoor Therapeutics’ new drug": a plural's possessive mark is
	// no part of the name
	trade := strings.TrimRight(last, "’'")
	if len(ws) >= 2 && businessPlurals[trade] && trade != last {
		m.canonical = strings.TrimRight(m.canonical, "’'")
		last = trade
	}
	// "Orsini Motori S.p.A.", "Lanton City": a legal form or a team's
	// word ends no one's name; "Brenmoor Therapeutics, a biotech, said",
	// "Dunmore Foods will close": nor does a plural of goods or trade on
	// a name that speaks or acts (analysts "at Crest Securities" only say
	// where people work)
	trading := len(ws) >= 2 && businessPlurals[last] && (m.att >= 0 || r.sentenceSubject(m.r.a))
	if f.is(m.r.b, ",") && f.word(m.r.b+1) && f.low(m.r.b+1) == "which" || bodySuffixKinds[last] != "" || len(ws) >= 2 && teamWords[last] || trading {
		r.markBody(*m)
	}
}

// checkBodyKind corrects the resolution of body description i (before is
// the mention as it was before resolveDescription): a body of another kind
// than the head is no antecedent; a description's modifier found in a
// compatible body's name or descriptions ("the competition watchdog" for
// the Competition and Consumer Authority) picks that body; a description
// left to the nearest name of no known kind keeps its own words when it
// carries modifiers that name does not.
func (r *resolver) checkBodyKind(i int, before mention) {
	f := r.f
	m := &r.mentions[i]
	if before.person || before.doc || before.named || before.pronoun || before.plural {
		return
	}
	ws := trimDeterminer(f.phraseWords(rng{m.r.a, f.coreEnd(m.r.a, m.r.b)}))
	if len(ws) == 0 || possessiveWord(ws[0]) {
		return
	}
	head := headForms(ws[len(ws)-1])[0]
	if len(bodyKindsOf[head]) == 0 {
		return
	}
	mods := r.modifierWords(ws)
	cur := -1
	if m.canonical != before.canonical && m.antecedent >= 0 {
		cur = m.antecedent
		for cur >= 0 && r.mentions[cur].antecedent >= 0 && !r.mentions[cur].named {
			cur = r.mentions[cur].antecedent
		}
	}
	if cur >= 0 && len(mods) > 0 && nameHoldsAll(r.mentions[cur].canonical, mods) {
		return // "the forestry company" that is "Marrow Forestry" by name
	}
	fit := 0
	if cur >= 0 {
		fit = r.bodyKindFit(head, r.mentions[cur])
	}
	best := r.typedBody(i, head, mods)
	switch {
	case best >= 0 && (cur < 0 || fit < 0 || len(mods) > 0 && r.modsIn(mods, r.mentions[best]) > r.modsIn(mods, r.mentions[cur]) ||
		r.toldBodyOnly(cur, best, head)):
		c := r.mentions[best]
		m.antecedent, m.canonical = best, c.canonical
		r.orgNames[c.canonical] = true
	case cur >= 0 && fit >= 0 && len(mods) == 0 && r.compatibleTopic(i, head, r.mentions[cur]) >= 0:
		// "Kirkby Rovers beat Lanton City …. Kirkby Rovers said …. The
		// side said": the body the sentence before opens with and that
		// spoke beats one named as an object
		j := r.compatibleTopic(i, head, r.mentions[cur])
		m.antecedent, m.canonical = j, r.mentions[j].canonical
	case cur >= 0 && fit > 0 && len(mods) == 0 && r.passingBody(r.mentions[cur]) && r.ledeBodyFor(i, head, r.mentions[cur]) >= 0:
		// "Prof. Helga Marsh, a chemist at Corran University, …" then "The
		// university said": a body named only where a person works is
		// less likely than the story's own body of that kind in its lede
		j := r.ledeBodyFor(i, head, r.mentions[cur])
		m.antecedent, m.canonical = j, r.mentions[j].canonical
	case cur >= 0 && (fit < 0 || fit == 0 && len(mods) > 0 && r.modsIn(mods, r.mentions[cur]) == 0 && len(r.entityKinds(r.mentions[cur])) == 0 && !r.mentions[cur].org):
		// nothing compatible: the description keeps its own words
		m.antecedent = -1
		m.canonical = strings.Join(ws, " ")
		if full := r.fullerDescription(i, f.phraseWords(rng{m.r.a, f.coreEnd(m.r.a, m.r.b)})); full != "" {
			m.canonical = full
		}
	}
}

// modsIn counts the modifier words of a description found in mention c's
// name or head words.
func (r *resolver) modsIn(mods []string, c mention) int {
	n := 0
	name := strings.Fields(strings.ToLower(foldAccents(c.canonical)))
	for _, w := range mods {
		if hasWord(name, w) || hasWord(r.heads[c.canonical], w) || hasWord(c.heads, w) {
			n++
		}
	}
	return n
}

// typedBody returns the body a description of kind head with modifier
// words mods stands for: among the named bodies (and descriptions resolved
// to one) before it in its zone, outside statements or opening one, those
// whose kind fits head; the one holding most modifiers, then named most,
// then latest. In a lede it may look two paragraphs on for a body whose
// name holds a modifier ("The competition watchdog has opened …" before
// "The Competition and Consumer Authority said"). -1 if none.
func (r *resolver) typedBody(i int, head string, mods []string) int {
	f := r.f
	m := r.mentions[i]
	zone := f.paraZone[f.toks[m.r.a].para]
	count := map[string]int{}
	var fits []int
	for j := 0; j < i; j++ {
		c := r.mentions[j]
		// the name's kinds (namedCollectiveBody) asked last: they take
		// splitting and lower-casing it
		if c.pronoun || c.doc || c.canonical == "" || !c.org || c.person || f.paraZone[f.toks[c.r.a].para] != zone || c.plural && !f.namedCollectiveBody(c.canonical) {
			continue
		}
		if !c.named && c.antecedent < 0 || r.inStatement(c.r.a) && !r.contentSubject(c.r.a) {
			continue
		}
		count[c.canonical]++
		if r.bodyKindFit(head, c) <= 0 {
			continue
		}
		// "the marine institute" is no other institute the story names: a
		// public body's description with modifiers of its own names one
		// that holds them
		ck := r.entityKinds(c)
		if len(mods) > 0 && r.modsIn(mods, c) == 0 && !hasWord(ck, "company") && !hasWord(ck, "club") {
			continue
		}
		fits = append(fits, j)
	}
	fits = r.preferOwnHead(fits, head)
	best, bestMods, bestN := -1, -1, -1
	for _, j := range fits {
		c := r.mentions[j]
		if n := r.modsIn(mods, c); n > bestMods || n == bestMods && count[c.canonical] >= bestN {
			best, bestMods, bestN = j, n, count[c.canonical]
		}
	}
	if best >= 0 || len(mods) == 0 {
		return best
	}
	para := f.toks[m.r.a].para
	if para > f.firstPara(zone)+1 {
		return -1
	}
	for j := i + 1; j < len(r.mentions); j++ {
		c := r.mentions[j]
		if f.toks[c.r.a].para > para+2 || f.paraZone[f.toks[c.r.a].para] != zone {
			break
		}
		if c.named && c.org && !c.pronoun && r.bodyKindFit(head, c) > 0 && r.modsIn(mods, c) > 0 {
			return j
		}
	}
	return -1
}

// bodyOfSentenceBefore returns, for the speaking "it" at mention i that
// does not open its sentence's subject slot, the one body or document
// named (or described and resolved) in its own sentence before it or in
// the sentence before, objects included ("We asked the Department for
// Island Transport for an interview and it declined. In a statement, it
// said …"); -1 when there is none or more than one.
func (r *resolver) bodyOfSentenceBefore(i int) int {
	f := r.f
	m := r.mentions[i]
	si := f.sentenceOf(m.r.a)
	if si == 0 {
		return -1
	}
	p := f.toks[m.r.a].para
	if prev := f.sents[si-1]; prev.para < p-1 || f.paraZone[prev.para] != f.paraZone[p] {
		return -1
	}
	// inside a statement (a transcript's turn), names in that statement
	// are the speaker's narration, as the pronoun is
	outer := rng{}
	if m.att >= 0 && f.atts[m.att].nestedIn >= 0 {
		outer = f.atts[f.atts[m.att].nestedIn].content
	}
	found, name := -1, ""
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.sentenceOf(c.r.a) < si-1 {
			break
		}
		inOuter := c.r.a >= outer.a && c.r.a < outer.b
		if c.pronoun || c.canonical == "" || r.inStatement(c.r.a) && !r.contentSubject(c.r.a) && !inOuter {
			continue
		}
		if r.speakingUnknownKind(c) {
			// "According to the NHS, … It says": a name of no known kind
			// that speaks is a body to "it"
		} else if c.person || !c.org && !c.doc || c.plural && !r.f.namedCollectiveBody(c.canonical) || !c.named && c.antecedent < 0 && !c.doc {
			if c.named && !c.org && !c.doc && !c.person {
				return -1 // a name of no known kind: it may be what "it" is
			}
			continue
		}
		if name != "" && name != c.canonical {
			return -1
		}
		found, name = j, c.canonical
	}
	return found
}

// bodyNamedNext returns the first named body after mention i, in its
// paragraph or the next, outside statements, whose name ends in the
// description's head ("The council told us …" then "Tarnside Council
// says …"); -1 if none.
func (r *resolver) bodyNamedNext(i int, head string) int {
	f := r.f
	m := r.mentions[i]
	para := f.toks[m.r.a].para
	for j := i + 1; j < len(r.mentions); j++ {
		c := r.mentions[j]
		if f.toks[c.r.a].para > para+1 || f.paraZone[f.toks[c.r.a].para] != f.paraZone[para] {
			break
		}
		ws := strings.Fields(c.canonical)
		if c.named && c.org && !c.pronoun && len(ws) >= 2 && singular(strings.ToLower(ws[len(ws)-1])) == head && r.properName(c) {
			return j
		}
	}
	return -1
}

// roleParticiples open an apposition that gives a person a role: "The
// Spaniard, appointed head coach in November,", "Ana Ruiz, elected mayor
// last year,".
var roleParticiples = words(`appointed named elected hired installed promoted made sworn`)

// participleRole adds to the person mention i stands for the role of a
// participle apposition after it ("…, appointed head coach in November,"),
// so a later "the coach" or "the Albion coach" may take that person.
func (r *resolver) participleRole(i int) {
	f := r.f
	m := r.mentions[i]
	if !m.person || m.org || m.pronoun || m.plural || m.canonical == "" || !m.named && m.antecedent < 0 {
		return
	}
	k := m.r.b
	if !f.is(k, ",") || !f.word(k+1) || !roleParticiples[f.low(k+1)] || f.quoted(k+1) {
		return
	}
	k += 2
	if f.word(k) && (f.low(k) == "as" || isDeterminer(f.low(k))) {
		k++
	}
	e := k
	for e < len(f.toks) && e < k+3 && f.word(e) && !f.quoted(e) && !isCap(f.toks[e].text) && r.headCandidate(e) && !calendarWords[f.low(e)] && f.low(e) != "last" && f.low(e) != "this" {
		e++
	}
	if e == k || !roleNouns[f.low(e-1)] && !agentNoun(f.low(e-1)) {
		return
	}
	for t := k; t < e; t++ {
		for _, h := range headForms(f.low(t)) {
			if !hasWord(r.heads[m.canonical], h) {
				r.heads[m.canonical] = append(r.heads[m.canonical], h)
			}
		}
	}
}

// speakingUnknownKind reports whether mention c is a name that speaks and
// that nothing tells to be a person: no title, given name, gender or
// person's pronoun ("Wyeford Labour said …", "according to the NHS").
func (r *resolver) speakingUnknownKind(c mention) bool {
	if !c.named || c.att < 0 || c.pronoun || c.plural || c.doc || c.org || c.canonical == "" || r.personKnown(c) || r.genders[c.canonical] != 0 {
		return false
	}
	if r.f.atts[c.att].pattern == "T" {
		return false // a transcript's label is someone talking
	}
	ws := strings.Fields(c.canonical)
	return givenGender(ws[0]) == 0 && !hasTitle(r.f.phraseWords(c.r))
}

// passingBody reports whether mention c names a body only in passing: it
// neither speaks nor opens its sentence, and a link word stands before it
// ("a battery chemist at Corran University", "a district judge at
// Brackhurst County Court").
func (r *resolver) passingBody(c mention) bool {
	f := r.f
	if c.att >= 0 || r.sentenceSubject(c.r.a) || r.contentSubject(c.r.a) {
		return false
	}
	k := c.r.a - 1
	if f.word(k) && isDeterminer(f.low(k)) {
		k--
	}
	return f.word(k) && (f.low(k) == "at" || f.low(k) == "of" || f.low(k) == "from" || f.low(k) == "in")
}

// ledeBodyOfKind returns the one body other than name whose kind fits head
// and that the first paragraph of mention i's zone names; -1 if none or
// several.
func (r *resolver) ledeBodyOfKind(i int, head, name string) int {
	f := r.f
	zone := f.paraZone[f.toks[r.mentions[i].r.a].para]
	first := f.firstPara(zone)
	found := -1
	for j := 0; j < i; j++ {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone || f.toks[c.r.a].para != first {
			continue
		}
		if !c.named || !c.org || c.pronoun || c.doc || c.canonical == name || r.bodyKindFit(head, c) <= 0 {
			continue
		}
		if found >= 0 && r.mentions[found].canonical != c.canonical {
			return -1
		}
		if found < 0 {
			found = j
		}
	}
	return found
}

// courtDocuments are what a court hands down: "The ruling says …" speaks
// for the court.
var courtDocuments = words(`ruling judgment judgement verdict`)

// rulingCourt resolves a court's document left unresolved ("The ruling
// also says …") to the court that last spoke before it, or that a
// description speaking before it stood for ("the court said"); before is
// the mention as it was before resolveDescription.
func (r *resolver) rulingCourt(i int, before mention) {
	f := r.f
	m := &r.mentions[i]
	if before.person || before.named || m.canonical != before.canonical || m.r.b-m.r.a != 2 || !courtDocuments[f.low(m.r.b-1)] {
		return
	}
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone {
			continue
		}
		if c.att >= 0 && c.org && c.canonical != "" && (c.named || c.antecedent >= 0) && hasWord(r.f.nameKinds(c.canonical), "court") {
			m.antecedent, m.canonical, m.doc, m.org, m.named = j, c.canonical, false, true, c.named
			return
		}
	}
}

// coordinatedSubject reports whether mention j, after the "and" at token
// and, is the second of two people who open their sentence together: the
// first opens it and only its apposition between commas stands before the
// "and" ("Guadalupe Ríos, the port's director, and Rodrigo Méndez, who
// leads the dockers, met on Monday"), so a pronoun may take either.
func (r *resolver) coordinatedSubject(j, and int) bool {
	f := r.f
	if !f.word(and) || f.low(and) != "and" || !f.is(and-1, ",") || j == 0 {
		return false
	}
	c := r.mentions[j]
	if !c.named || !c.person {
		return false
	}
	si := f.sentenceOf(c.r.a)
	for k := j - 1; k >= 0; k-- {
		p := r.mentions[k]
		if f.sentenceOf(p.r.a) != si {
			return false
		}
		if p.named && p.person && r.sentenceSubject(p.r.a) {
			if !f.is(p.r.b, ",") {
				return false
			}
			for t := p.r.b + 1; t < and-1; t++ {
				if f.is(t, ",") || f.quoted(t) {
					return false // one apposition only
				}
			}
			return true
		}
	}
	return false
}

// compatibleTopic returns the body that opens the sentence before mention
// i and speaks there, when its kind fits head and cur, the description's
// antecedent so far, is another body that neither speaks nor opens its
// sentence; -1 otherwise.
func (r *resolver) compatibleTopic(i int, head string, cur mention) int {
	if cur.att >= 0 || r.sentenceSubject(cur.r.a) {
		return -1
	}
	t := r.topicBefore(i)
	if t < 0 {
		return -1
	}
	c := r.mentions[t]
	if c.att < 0 || !c.named || c.canonical == cur.canonical || r.bodyKindFit(head, c) <= 0 {
		return -1
	}
	return t
}
