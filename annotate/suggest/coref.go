package suggest

import "strings"

// This file gives each speaker a canonical name (news-schemas §2.3.10, after
// citron): a surname takes the earliest longest name sharing it ("Peskov" →
// "Dmitry Peskov"), and a pronoun takes the nearest fitting mention before
// it, outside any statement.

// mention is a speaker phrase or a capitalised name run in the text.
type mention struct {
	r          rng
	canonical  string
	person     bool // a person rather than an organisation or place
	plural     bool // "officials", "sources"
	org        bool // "the Kremlin", "the ministry"
	gender     byte // 'f', 'm' or 0 when unknown
	att        int  // attribution whose speaker this is; -1 for a bare name
	pronoun    bool
	antecedent int // mention a pronoun resolves to; -1 if none
}

// orgRoles are role nouns that name institutions, not people.
var orgRoles = words(`ministry department agency government company firm group council committee
	office military army court bank regulator regulators authorities authority statement report
	union unions organisation organization charity board operator airline developer media police
	institute coastguard service foundation society alliance chamber centre center museum
	observatory laboratory network party coalition movement fund bureau utility insurer lender
	manufacturer retailer supplier producer exporter importer carrier railway port airport trust
	hospital school university club association federation team panel jury tribunal commission
	inquiry watchdog`)

// deptWords follow "of" in a title ("Secretary of State", "Minister of Foreign Affairs").
var deptWords = words(`state affairs foreign defense defence justice treasury interior health finance
	energy commerce labor labour education transportation transport agriculture environment
	security homeland staff trade economy industry culture home`)

// phraseWords lists the words of a token range, joining abbreviation periods
// to their word ("Mr." stays one word).
func (x *text) phraseWords(r rng) []string {
	var out []string
	for k := r.a; k < r.b; k++ {
		if x.abbrevDot(k) && len(out) > 0 {
			out[len(out)-1] += "."
			continue
		}
		if x.toks[k].kind == tWord {
			out = append(out, x.toks[k].text)
		}
	}
	return out
}

func bare(w string) string { return strings.TrimSuffix(strings.ToLower(w), ".") }

func possessiveWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// personName strips titles and roles from a phrase: "Secretary of State
// Antony Blinken" → "Antony Blinken", "Kremlin spokesman Dmitry Peskov" →
// "Dmitry Peskov". It returns nil when no name is left.
func personName(ws []string) []string {
	k := -1
	for i, w := range ws {
		b := bare(w)
		if titleWords[b] || roleNouns[b] || possessiveWord(w) || !isCap(w) && !nameParticles[b] {
			k = i
		}
	}
	rest := ws[k+1:]
	if len(rest) > 0 && (bare(rest[0]) == "of" || bare(rest[0]) == "for") {
		rest = rest[1:]
		if len(rest) > 0 {
			rest = rest[1:]
		}
		for len(rest) > 0 && deptWords[bare(rest[0])] {
			rest = rest[1:]
		}
	}
	for len(rest) > 0 && (nameParticles[bare(rest[0])] || determiners[bare(rest[0])]) {
		rest = rest[1:]
	}
	if len(rest) > 3 {
		rest = rest[len(rest)-3:]
	}
	return rest
}

// resolver resolves the speakers of a finder's attributions.
type resolver struct {
	f         *finder
	surnames  map[string][]string // last word, lower case → the earliest longest name
	mentions  []mention
	bySpeaker map[int]int // attribution → its mention
}

// resolve builds the name table and the mentions, then resolves pronouns.
func (f *finder) resolve() *resolver {
	r := &resolver{f: f, surnames: map[string][]string{}, bySpeaker: map[int]int{}}
	runs := f.nameRuns()
	for _, run := range runs {
		r.learn(personName(f.phraseWords(run)))
	}
	for i, a := range f.atts {
		if !a.dropped && !a.speaker.empty() {
			r.learn(personName(f.phraseWords(a.speaker)))
		}
		_ = i
	}
	var speakers []mention
	for i, a := range f.atts {
		if a.dropped || a.speaker.empty() {
			continue
		}
		speakers = append(speakers, r.describe(a.speaker, i))
	}
	// bare names that are not part of a speaker phrase are candidates too
	si := 0
	sortMentions(speakers)
	for _, run := range runs {
		for si < len(speakers) && speakers[si].r.b <= run.a {
			si++
		}
		if si < len(speakers) && overlap(speakers[si].r, run) {
			continue
		}
		m := r.describe(run, -1)
		if m.canonical != "" {
			r.mentions = append(r.mentions, m)
		}
	}
	r.mentions = append(r.mentions, speakers...)
	sortMentions(r.mentions)
	for i := range r.mentions {
		if r.mentions[i].att >= 0 {
			if _, ok := r.bySpeaker[r.mentions[i].att]; !ok {
				r.bySpeaker[r.mentions[i].att] = i
			}
		}
	}
	for i := range r.mentions {
		if r.mentions[i].pronoun {
			r.resolvePronoun(i)
		}
	}
	return r
}

func sortMentions(ms []mention) {
	// insertion sort: the lists are short and nearly sorted already
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && (ms[j].r.a < ms[j-1].r.a || ms[j].r.a == ms[j-1].r.a && ms[j].att < ms[j-1].att); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// learn records a name under its last word, keeping the longest, earliest.
func (r *resolver) learn(name []string) {
	if len(name) == 0 {
		return
	}
	key := bare(name[len(name)-1])
	if old, ok := r.surnames[key]; !ok || len(name) > len(old) {
		r.surnames[key] = name
	}
}

// nameRuns lists maximal runs of capitalised words outside quotations.
func (f *finder) nameRuns() []rng {
	var runs []rng
	for i := 0; i < len(f.toks); {
		if !f.nameWord(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(f.toks) && f.toks[j].para == f.toks[i].para {
			if f.nameWord(j) || f.abbrevDot(j) {
				j++
				continue
			}
			if f.word(j) && nameParticles[f.low(j)] && f.nameWord(j+1) {
				j++
				continue
			}
			break
		}
		runs = append(runs, rng{i, j})
		i = j
	}
	return runs
}

// describe makes a mention of the phrase r, with its canonical name.
func (r *resolver) describe(p rng, att int) mention {
	f := r.f
	m := mention{r: p, att: att, antecedent: -1}
	ws := f.phraseWords(p)
	for _, w := range ws {
		b := bare(w)
		switch {
		case femaleWords[b]:
			m.gender = 'f'
		case maleWords[b]:
			m.gender = 'm'
		}
		if titleWords[b] || roleNouns[b] && !orgRoles[b] {
			m.person = true
		}
	}
	if len(ws) == 1 && pronouns[bare(ws[0])] {
		m.pronoun = true
		m.plural = bare(ws[0]) == "they"
		return m
	}
	// "Observers from the Organisation for …", "a diplomat in the capital":
	// the role before the link decides person and number.
	if k := linkedAt(ws); k > 0 {
		head := r.describeWords(ws[:k], m)
		head.canonical = strings.Join(trimDeterminer(ws), " ")
		return head
	}
	return r.describeWords(ws, m)
}

// linkedAt finds where a role phrase links to the body or place it belongs
// to, or returns -1.
func linkedAt(ws []string) int {
	role := false
	for k, w := range ws {
		b := bare(w)
		if role && k+1 < len(ws) && (b == "from" || b == "in" || b == "at" || b == "with" ||
			(b == "for" || b == "of") && determiners[bare(ws[k+1])]) {
			return k
		}
		if roleNouns[b] {
			role = true
		}
	}
	return -1
}

func (r *resolver) describeWords(ws []string, m mention) mention {
	last := bare(ws[len(ws)-1])
	if orgHeads[last] || orgRoles[last] {
		m.org, m.person = true, false
		m.plural = last == "authorities" || last == "police"
		m.canonical = strings.Join(trimDeterminer(ws), " ")
		return m
	}
	if roleNouns[last] {
		m.person = !orgRoles[last]
		m.plural = strings.HasSuffix(last, "s") && last != "witness" && last != "boss" || last == "people" || last == "police"
	}
	name := personName(ws)
	if len(name) == 0 {
		for _, w := range ws {
			if isCap(w) && orgRoles[bare(w)] {
				m.org, m.person = true, false // "The Department for Transport"
			}
		}
		// an anonymous source or a role: "a senior official", "the ministry"
		m.canonical = strings.Join(trimDeterminer(ws), " ")
		return m
	}
	if full, ok := r.surnames[bare(name[len(name)-1])]; ok && len(full) > len(name) && endsWith(full, name) {
		name = full
	}
	if len(name) >= 2 && !hasOrgHead(name) {
		m.person = true
	}
	if hasOrgHead(name) {
		m.person, m.org = false, true
	}
	m.canonical = strings.Join(name, " ")
	return m
}

func trimDeterminer(ws []string) []string {
	if len(ws) > 1 && determiners[bare(ws[0])] {
		return ws[1:]
	}
	return ws
}

func endsWith(full, tail []string) bool {
	for i := range tail {
		if full[len(full)-len(tail)+i] != tail[i] {
			return false
		}
	}
	return true
}

func hasOrgHead(ws []string) bool {
	for _, w := range ws {
		if orgHeads[bare(w)] {
			return true
		}
	}
	return false
}

// objectWords before a name make it an object, not a likely antecedent of a
// subject pronoun ("told Biden", "with Putin").
var objectWords = words(`told to with by for from than and or of about against on at into between
	warned met meet urged asked called thanked criticised criticized accused after before tell
	tells warn warns over under`)

// resolvePronoun links pronoun mention i to the nearest mention before it, in
// the same zone and at most two paragraphs back, that is not inside a
// statement, not an object, and agrees in person, number and gender. When
// no mention is known to be a person, a "he" or "she" takes the nearest
// speaker of unknown kind ("Peskov added. … he said").
func (r *resolver) resolvePronoun(i int) {
	for _, loose := range []bool{false, true} {
		if j := r.antecedent(i, loose); j >= 0 {
			m, c := &r.mentions[i], r.mentions[j]
			m.antecedent, m.canonical = j, c.canonical
			if m.gender == 0 {
				m.gender = c.gender
			}
			return
		}
	}
}

func (r *resolver) antecedent(i int, loose bool) int {
	f := r.f
	m := r.mentions[i]
	p := f.toks[m.r.a]
	want := f.low(m.r.a)
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		ct := f.toks[c.r.a]
		if ct.para < p.para-2 || f.paraZone[ct.para] != f.paraZone[p.para] {
			return -1
		}
		before := c.r.a - 1
		for before > 0 && f.word(before) && isDeterminer(f.low(before)) {
			before--
		}
		if r.inStatement(c.r.a) || objectWords[f.low(before)] || f.low(c.r.b) == "and" {
			continue
		}
		switch {
		case c.pronoun:
			if c.antecedent >= 0 && f.low(c.r.a) == want {
				return j
			}
		case agrees(want, c, m.gender):
			return j
		case loose && (want == "he" || want == "she") && c.att >= 0 && !c.org && !c.plural && c.gender == 0:
			return j
		}
	}
	return -1
}

func agrees(pronoun string, c mention, gender byte) bool {
	switch pronoun {
	case "he", "she":
		g := byte('m')
		if pronoun == "she" {
			g = 'f'
		}
		return c.person && !c.plural && (c.gender == 0 || c.gender == g) && (gender == 0 || gender == g)
	case "they":
		return c.plural || c.org
	default: // it
		return c.org && !c.plural
	}
}

// inStatement reports whether token k lies in the content of a statement.
func (r *resolver) inStatement(k int) bool {
	for _, a := range r.f.atts {
		// an "according to" content is the reporter's narration of the
		// source: its names stay antecedents ("Bello welcomed it, according to
		// her office. She said …")
		if !a.dropped && a.pattern != "A1" && a.content.contains(k) {
			return true
		}
	}
	return false
}

// speakerAttrs are a SPEAKER span's attributes: the canonical name and, when
// known, the speaker type (person, org or anonymous), a pronoun taking its
// antecedent's.
func (r *resolver) speakerAttrs(mi int) map[string]any {
	attrs := map[string]any{}
	m := r.mentions[mi]
	if m.canonical != "" {
		attrs["canonical"] = m.canonical
	}
	for m.pronoun && m.antecedent >= 0 {
		m = r.mentions[m.antecedent]
	}
	switch {
	case m.pronoun:
	case m.org:
		attrs["speaker_type"] = "org"
	case !r.f.hasName(m.r):
		attrs["speaker_type"] = "anonymous"
	case m.person:
		attrs["speaker_type"] = "person"
	}
	return attrs
}
