package suggest

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file gives each speaker a canonical name (news-schemas §2.3.10, after
// citron): a surname takes the earliest longest name sharing it ("Peskov" →
// "Dmitry Peskov"), and a pronoun takes the nearest fitting mention before
// it, outside any statement.

// mention is a speaker phrase or a capitalised name run in the text.
type mention struct {
	r          rng
	canonical  string
	person     bool     // a person rather than an organisation or place
	thing      bool     // a thing named in apposition to its noun, never a person (namedThingApposition)
	plural     bool     // "officials", "sources"
	org        bool     // "the Kremlin", "the ministry"
	doc        bool     // a document or finding: "a review commissioned by the board"
	named      bool     // carries a name ("Judge Angela Brightwell"), not only a role ("the judge")
	heads      []string // lower-case, singular words a description may pick it by: "mayor", "coastguard"
	gender     byte     // 'f', 'm' or 0 when unknown
	att        int      // attribution whose speaker this is; -1 for a bare name
	pronoun    bool
	antecedent int // mention a pronoun or description resolves to; -1 if none
}

// orgRoles are role nouns that name institutions, not people.
var orgRoles = words(`ministry department agency government company firm group council committee
	office military army court bank regulator regulators authorities authority statement report
	union unions organisation organization charity board operator airline developer media police
	institute coastguard service foundation society alliance chamber centre center museum
	observatory laboratory network party coalition movement fund bureau utility insurer lender
	manufacturer retailer supplier producer exporter importer carrier railway port airport trust
	hospital school university club association federation team panel jury tribunal commission
	inquiry watchdog force startup start-up broadcaster publisher brewer grocer supermarket chain
	band orchestra choir ensemble troupe label`)

// deptWords follow "of" in a title ("Secretary of State", "Minister of Foreign Affairs").
var deptWords = words(`state affairs foreign defense defence justice treasury interior health finance
	energy commerce labor labour education transportation transport agriculture environment
	security homeland staff trade economy industry culture home`)

// phraseWords lists the words of a token range, joining abbreviation periods
// to their word ("Mr." stays one word). The list has room for one word a
// token, cut from the document's current block of words (x.words): the
// resolver lists a phrase's words a few hundred times a document, and a
// list of its own was an allocation each time. Lists are not handed back
// before the document is read to its end (its blocks are then lent to the
// next, buffers.go), so one the resolver keeps (a learnt name) stays as
// it was.
func (x *text) phraseWords(r rng) []string {
	n := r.b - r.a
	if n <= 0 {
		return nil
	}
	out := x.appendPhraseWords(x.wordList(n), r)
	if len(out) == 0 {
		return nil // as when nothing was appended
	}
	return out
}

// wordList is an empty list of words with room for n, cut from the
// document's current block of words (x.words) and capped at n, so that an
// append past it copies and never runs into the next list cut.
func (x *text) wordList(n int) []string {
	if cap(x.words) < n && x.bufs != nil {
		x.words = x.bufs.wordBlock(n)
	} else if cap(x.words) < n {
		x.words = make([]string, 0, max(n, wordBlockSize))
	}
	out := x.words[:0:n]
	x.words = x.words[n:n]
	return out
}

// wordBlockSize is how many words a block phraseWords cuts its lists from
// holds: a few blocks a news article.
const wordBlockSize = 128

func bare(w string) string {
	if b, ok := bareInLiveText(w); ok {
		return b
	}
	if b, ok := lowerASCII(w, true); ok {
		return b
	}
	return strings.TrimSuffix(strings.ToLower(w), ".")
}

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
		c := classesOf(b)
		role := c&(inTitleWords|inRoleNouns) != 0
		// "Dean Okoro": a given name that is also a role opens a name
		if role && c&inTitleWords == 0 && givenGender(w) != 0 && i+1 < len(ws) && isCap(ws[i+1]) && (i == 0 || !isCap(ws[i-1])) {
			role = false
		}
		// "Lindqvist Audio Data": a capitalised role word ending a run of
		// capitalised words is part of the name
		if role && isCap(w) && i == len(ws)-1 && i > 1 && nameLike(ws[i-1]) && nameLike(ws[i-2]) {
			role = false
		}
		if role && institutionOpensName(ws, i) || modifierTitleEnds(ws, i) {
			role = false
		}
		if role || possessiveWord(w) || !isCap(w) && c&inNameParticles == 0 || honorificOpener(ws, i) {
			k = i
		}
	}
	rest := ws[k+1:]
	// "Headteacher Ruth Bell", "Fisherman Iain Ross": a capitalised noun of
	// what someone does before a given name and a surname is a role
	if len(rest) >= 3 && agentNoun(rest[0]) && givenGender(rest[0]) == 0 && givenGender(rest[1]) != 0 {
		rest = rest[1:]
	}
	if len(rest) > 0 && (bare(rest[0]) == "of" || bare(rest[0]) == "for") {
		rest = rest[1:]
		if len(rest) > 0 {
			rest = rest[1:]
		}
		for len(rest) > 0 && deptWords[bare(rest[0])] {
			rest = rest[1:]
		}
	}
	for len(rest) > 0 && (nameParticles[bare(rest[0])] || determiners[bare(rest[0])] && !initialNotArticle(rest)) {
		rest = rest[1:]
	}
	// "Local MSP Kirsten Lamont", "CEO Dana Whitby": letters before a
	// given name and a surname are a role
	for k := len(rest) - 3; k >= 0; k-- {
		if acronym(rest[k]) && !acronym(rest[k+1]) && !acronym(rest[k+2]) {
			rest = rest[k+1:]
			break
		}
	}
	// "Simon Achterberg KC", "Rosa Field CBE": letters after a name are no part of it
	for len(rest) > 1 && postNominals[bare(rest[len(rest)-1])] {
		rest = rest[:len(rest)-1]
	}
	// at most three words of a name, the particles inside it aside
	// ("Ingrid van der Berg"); a body's name with its legal form may be
	// longer ("Terminal Alto Tirreno S.p.A.")
	rest = nameBeforeOfPlace(rest) // "Odile Nkemelu of Cameroon"
	legal := len(rest) > 0 && bodySuffixKinds[bare(rest[len(rest)-1])] != ""
	for n, k := 0, len(rest)-1; k >= 0 && !legal; k-- {
		if !nameParticles[bare(rest[k])] && !gaelicSurnamePart(rest, k) && !generationSuffix(rest, k) {
			n++
		}
		if n > 3 && !openingGivenName(rest, k, n) {
			rest = rest[k+1:]
			break
		}
	}
	return rest
}

// institutionOpensName reports whether ws[i], a capitalised institution's
// word, opens a two-word name with one name word after it ("Port Calder",
// "Police Scotland"): a place's or body's name, not a role before a
// person's (a person's title is no institution's word).
func institutionOpensName(ws []string, i int) bool {
	return isCap(ws[i]) && classesOf(bare(ws[i]))&(inOrgRoles|inTitleWords) == inOrgRoles && i == len(ws)-2 && (i == 0 || determiners[bare(ws[i-1])]) &&
		nameLike(ws[i+1]) && givenGender(ws[i+1]) == 0
}

// modifierTitleEnds reports whether ws[i] ends a name of two words or more
// and is a title's word that only qualifies another ("Home", "State",
// "Foreign", as in "Home Secretary"): no title ends a person's name, so the
// name is a body's ("Verenza Home", "Ohio State").
func modifierTitleEnds(ws []string, i int) bool {
	return i == len(ws)-1 && i >= 1 && isCap(ws[i]) && classesOf(bare(ws[i]))&(inTitleWords|inDeptWords) == inTitleWords|inDeptWords &&
		nameLike(ws[i-1]) && givenGender(ws[i-1]) == 0
}

// nameLike reports whether a word may be part of a name: capitalised, and
// no title, role, determiner or party.
func nameLike(w string) bool {
	return isCap(w) && classesOf(bare(w))&(inTitleWords|inRoleNouns|inDeterminers|inPartyMembers|inFunctionWordsBare) == 0
}

// agentNoun reports whether a lower-case noun names a person by what they
// do, by its ending ("investigator", "businessman", "campaigner",
// "economist", "historian"), a body's role aside ("operator", "regulator").
func agentNoun(w string) bool {
	w = singular(bare(w))
	if classesOf(w)&(inOrgRoles|inCompanyWords|inFunctionWordsBare) != 0 || strings.HasSuffix(w, "paper") {
		return false
	}
	if strings.HasSuffix(w, "-year-old") {
		return true // "The 71-year-old said"
	}
	for _, suf := range []string{"man", "woman", "person", "ist", "ian"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return strings.HasSuffix(w, "or") && len(w) >= 6 || strings.HasSuffix(w, "er") && len(w) >= 7
}

// acronym reports whether w is written in capitals only, two to five
// letters ("MSP", "CEO"), a possessive or plural aside.
func acronym(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "s")
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for _, c := range w {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// postNominals are the letters after a name: honours, silk, degrees.
var postNominals = words(`kc qc sc mp msp mep cbe obe mbe kbe dbe frs phd jr sr ii iii esq`)

// resolver resolves the speakers of a finder's attributions.
type resolver struct {
	f         *finder
	resolving map[int]bool        // pronouns resolved ahead of their turn
	surnames  map[string][]string // last word, lower case → the earliest longest name
	mentions  []mention
	bySpeaker map[int]int           // attribution → its mention
	genders   map[string]byte       // canonical name → gender, once a title or a pronoun tells it
	spoke     map[string]bool       // canonical names that speak before the mention being resolved
	inContent []bool                // per token: inside a statement's content (built on first use)
	firsts    map[string][]string   // first word, lower case → the one longer name it opens (nil when several)
	sharing   map[string][][]string // last word, lower case → every full name ending in it
	soloFirst map[string]bool       // one-word names used alone before any longer name opening with them
	aloneBody map[string]bool       // one-word names used alone somewhere in the body
	nounUse   map[string]int        // names: uses before a noun they qualify ("three Voyager seats") less other uses
	paternal  map[string][]string   // middle word of a three-word name, lower case → the name (learnPaternalSurname)
	initials  map[string]string     // a body's initials → its name ("RCN" → "Royal College of Nursing")
	pairs     []rng                 // two people named together ("Tom and Carol Hadfield", "Ada Lin and Tom Rudd")
	heads     map[string][]string   // canonical name → every head word its named mentions carry
	orgNames  map[string]bool       // canonical names an organisation's description or "it" resolved to

	sentStart     map[int]bool // tokens that open a sentence (indexWords)
	contentStarts map[int]bool // tokens that open a statement's content
	lowerWords    map[string]bool
	lowerPos      map[string][]int // lower-case word → its tokens, in order (lowerPositions)
	midCaps       map[string]int
	caseAsked     int // questions answered without indexCase's tables (case_questions.go)
}

// resolve builds the name table and the mentions, then resolves pronouns.
func (f *finder) resolve() *resolver {
	r := &resolver{f: f, surnames: map[string][]string{}, bySpeaker: map[int]int{}, genders: map[string]byte{}, spoke: map[string]bool{},
		heads: map[string][]string{}, orgNames: map[string]bool{}, firsts: map[string][]string{}, resolving: map[int]bool{},
		sharing: map[string][][]string{}, initials: map[string]string{}, paternal: map[string][]string{}, soloFirst: map[string]bool{}, aloneBody: map[string]bool{}, nounUse: map[string]int{}}
	r.learnNicknamedNames() // "Rhona “Rocket” Blair", before the names it shares a surname with
	runs := f.nameRuns()
	for _, run := range runs {
		if r.leadingRole(run) {
			run.a++ // "Broker Dev Anand": the name is "Dev Anand"
		}
		ws := f.phraseWords(run)
		if name := orgName(ws); len(name) >= 2 && (hasOrgHead(name) || f.is(run.b, "(")) {
			r.learnInitials(name)
		}
		if len(ws) >= 3 && romanceHeads[foldAccents(bare(ws[0]))] && !isCap(ws[1]) && romanceLinked(ws) {
			r.learn(ws) // "Compagnie nationale du Rhône", later "Rhône"
			continue
		}
		// "In Odile Marchetti-Shaw's hands": a name in the possessive is
		// the name, to be learnt as any other
		if n := len(ws); n >= 2 && possessiveWord(ws[n-1]) {
			ws = append(ws[:n-1:n-1], possessiveBase(ws[n-1]))
		}
		if placeName(ws) {
			continue // "Kiln Lane for Harbour Park": a place, no one's surname
		}
		name := f.personName(ws)
		if len(name) >= 2 && f.qualifiesNoun(run) {
			r.nounUse[strings.Join(name, " ")]++
		} else if len(name) >= 2 {
			r.nounUse[strings.Join(name, " ")]--
		}
		// "the social app Kestrel" in the body before "Kestrel Lens": a
		// name used alone in the text (not only in a headline's short
		// form) is its own name, not the longer one's
		if len(name) == 1 && f.paraZone[f.toks[run.a].para] == "body" {
			if _, ok := r.firsts[bare(name[0])]; !ok {
				r.soloFirst[bare(name[0])] = true
			}
			r.aloneBody[bare(name[0])] = true
		}
		r.learn(name)
	}
	r.learnPairs(runs)
	for i, a := range f.atts {
		if !a.dropped && !a.speaker.empty() {
			sp := a.speaker
			if r.leadingRole(sp) {
				sp.a++
			}
			r.learn(f.personName(f.phraseWords(sp)))
		}
		_ = i
	}
	speakers := f.borrowMentions(len(f.atts), true)
	for i, a := range f.atts {
		if a.dropped && !a.question || a.speaker.empty() {
			continue
		}
		speakers = append(speakers, r.streetDescribed(r.describe(a.speaker, i)))
	}
	// bare names that are not part of a speaker phrase are candidates too
	r.mentions = f.borrowMentions(len(runs)+len(speakers), false)
	si := 0
	sortMentions(speakers)
	for _, run := range runs {
		for si < len(speakers) && speakers[si].r.b <= run.a {
			si++
		}
		// a name linked inside a speaker phrase is an entity of its own
		// ("researchers at the University of Kessington", "a spokesperson
		// for Westlink Power"); the speaker's own name is not
		if si < len(speakers) && overlap(speakers[si].r, run) && !f.linkedName(speakers[si].r, run) && !r.modifierBody(speakers[si].r, run) {
			continue
		}
		// "Ruth Kane, a Democrat from Ohio,": a capitalised noun after
		// "a" is a description of someone, not someone
		if (run.b-run.a == 1 || run.b-run.a == 2 && originNoun(f.phraseWords(run))) && (f.low(run.a-1) == "a" || f.low(run.a-1) == "an") && (!f.word(run.b) || functionWords[f.low(run.b)]) {
			continue
		}
		// "the orchestra's Norwegian principal cellist", "The Welsh
		// midfielder": an adjective of origin before a noun describes
		// someone (it becomes one of that person's heads), it names no one
		if run.b-run.a == 1 && f.word(run.a-1) && (isDeterminer(f.low(run.a-1)) || possessiveWord(f.toks[run.a-1].text)) &&
			demonym(f.toks[run.a].text) && f.word(run.b) && !f.quoted(run.b) && !isCap(f.toks[run.b].text) &&
			!functionWords[f.low(run.b)] && r.headCandidate(run.b) {
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
		r.itsOwner(i)
	}
	for i := range r.mentions {
		r.namedDocument(i)
		r.titledDocument(i)
		r.appositionKind(i)
		r.namedThingApposition(i)
		r.namedThingPassive(i) // "the lifeboat would be named Ada Roe": a boat
		r.venueName(i)
		r.apposedPlaceName(i) // "The MP for Ashby and Kelso, Ann Lee,": places
		r.rolePlacePairTheName(i)
		r.streetMention(i) // "on Mill Lane": a street
		r.roleAfterName(i)
		r.rankApposedToName(i)   // "Insp Ravi Kumar, SHO of Sadar police station,"
		r.roleOfBodyAfterName(i) // "Ann Roe, leader of Brackley Council, which …, said"
		r.saysIt(i)
		r.relativeBody(i)
		r.participleRole(i)
		r.agedPerson(i)
		r.pluralVerbBody(i)
		r.appositionHeads(i)
		r.relativeRoleHeads(i)   // "Ann Roe, who has been ombudsman since 2021,"
		r.bodyRoleBeforeHeads(i) // "Her label, Northgate Records, said"
		r.apposedBodyName(i)     // "the sea department, the Consellería do Mar, said"
		r.objectAppositionHeads(i)
		r.modifierHeads(i)
		r.roleBeforeBody(i)
		r.bodyKindBefore(i)
		r.partyName(i) // "The opposition National Renewal party"
	}
	r.peerNames()
	for i := range r.mentions {
		r.bodyFullName(i)
		r.linkedBodyFull(i)
	}
	for _, m := range r.mentions {
		if m.named && m.canonical != "" {
			for _, h := range m.heads {
				if !hasWord(r.heads[m.canonical], h) {
					r.heads[m.canonical] = append(r.heads[m.canonical], h)
				}
			}
		}
	}
	for i := range r.mentions {
		r.acronymRole(i)
	}
	r.resolveAliases()           // "TRD", "Big Sam": a person's initials or nickname
	r.resolveCompanyShortForms() // "Northvale" after "Northvale Rail announced"
	r.resolveInitialledTails()   // "the Western Counties FA" after "… Football Association"
	r.resolveSharedSurnames()    // "Doreen" after "Doreen and Alan Fairweather"
	r.kinGivenNames()            // "Her husband, Paul, 44," after "Lorraine Beckinsale"
	r.resolveNicknames()         // "Tank said" after "Gareth “Tank” Pennock"
	r.titledInitials()           // "the SP said" after "Superintendent of Police (SP) Vikram Rao"
	r.groupActNames()            // "the Leeds duo Fenwick Lane": a band, not a person
	r.namedAgainPersons()        // "Amara said …" after "Amara, 15, said …": a person again
	r.resolveJapaneseHonorifics()
	r.resolveTitledFamilyNames() // "Ms Kim" after "Kim Min-jun" and "Kim Soo-ah"
	r.possessedRoleNames()       // "Brenfield North's MP, Callum Treadgold, said … He"
	r.resolveNamedCompanyShortForms()
	// "Holt Haulage" read as a person's name, "Holt Haulage Ltd" a body's
	r.companiesWithoutSuffix()
	r.groupFullNames()  // "Orrel Freight" after "Orrel Freight Group"
	r.countedSpeakers() // "Three nurses said" → "nurses"; "One, a porter …, said" → "porter …"
	for i := range r.mentions {
		r.barePluralFuller(i) // "Officers said" after "by council planning officers"
	}
	for i := range r.mentions {
		switch m := &r.mentions[i]; {
		case r.issuedMedium(i):
			// "the club said in a statement. The statement said …": who
			// issued it
		case m.att >= 0 && f.atts[m.att].pattern == "T" && f.toks[m.r.a].text == "A" && m.r.b-m.r.a == 1:
			// an interview's answer: the interviewee, the person named most
			if j := r.salient(i, 0, true); j >= 0 {
				m.antecedent, m.canonical, m.person, m.named = j, r.mentions[j].canonical, true, false
			}
		case m.pronoun && !r.resolving[i]:
			r.resolvePronoun(i)
		case m.doc && !m.named && f.low(m.r.a) == "the" && m.r.b-m.r.a >= 3 && possessiveWord(f.toks[m.r.a+1].text) &&
			orgHeads[bare(possessiveBase(f.toks[m.r.a+1].text))]:
			r.ownedDocument(i) // "the department's 2025 report"
		case strings.EqualFold(m.canonical, "police"):
			// "…, police said" before or after "Westmere Police" is named:
			// the one force the story names
			if force := r.namedForce(i); force != "" {
				m.canonical, m.named, m.org = force, true, true
			}
		case !m.named && f.low(m.r.a) == "the" && r.bodysOwnAccount(i):
			// "the label's own account replied" after "Halcyon Tide
			// Records": the label speaking on its account
		case !m.named && (f.low(m.r.a) == "her" || f.low(m.r.a) == "his") && m.r.b-m.r.a == 2 && r.roleForOwnerBefore(i):
			// "Her representative said" after "a representative for the
			// singer": the same representative
		case !m.named && (f.low(m.r.a) == "her" || f.low(m.r.a) == "his") && m.r.b-m.r.a == 2 && pronounProxyNouns[f.low(m.r.a+1)]:
			r.resolveProxy(i) // "her office said"
		case r.kinNamedNext(i):
			// "Her elder sister said …. “…,” Nora Vance said."
		case !m.named && (f.low(m.r.a) == "her" || f.low(m.r.a) == "his") && m.r.b-m.r.a == 2:
			r.resolveKin(i)        // "Her husband said"
			r.resolveInverseKin(i) // "Mair, Ruth’s granddaughter, …. Her grandmother said"
			r.kinApposedBefore(i)  // "His brother, Eilir Venn, …. His brother says"
		case !m.named && (f.low(m.r.a) == "a" || f.low(m.r.a) == "an") && m.r.b-m.r.a == 2 && spokesRoles[f.low(m.r.a+1)]:
			r.spokesBody(i) // "Asked whether the university …, a spokesman said"
		case f.low(m.r.a) == "the" && m.r.b-m.r.a == 2 && pluralDemonym(f.toks[m.r.a+1].text):
			// "The Brazilians argued" after "The Brazilian delegation"
			if d := r.demonymPhrase(i); d != "" {
				m.canonical, m.named, m.org, m.person = d, true, true, false
			}
		case !m.named && f.low(m.r.a) == "the" && m.r.b-m.r.a == 2 && (f.low(m.r.a+1) == "former" || f.low(m.r.a+1) == "latter"):
			// "Anna Berg and Tomas Lind … The latter said": the second (or
			// first) of the last two people named
			if j := r.ofTwo(i, f.low(m.r.a+1) == "latter"); j >= 0 {
				m.antecedent, m.canonical, m.person = j, r.mentions[j].canonical, true
			}
		case r.jointBodies(i):
			// "The two sides said" after "the union and the trust said"
		case !m.named && f.low(m.r.a) == "the" && m.r.b-m.r.a == 2 && pairNouns[f.low(m.r.a+1)]:
			// "The couple said" after "Tom and Carol Hadfield"
			if p := r.pairBefore(m.r.a); !p.empty() {
				m.canonical = strings.Join(f.phraseWords(p), " ")
			}
		case r.linkedSourceBefore(i) || r.insiderSourceBefore(i) || r.bareSourceBefore(i):
			// "the people said" after "people familiar with the matter said"
		case r.ofPersonBefore(i):
			// "the family wrote" after "the family of Joyce Hindle"
		case r.possessedThingBefore(i):
			// "The guidance says" after "the Air Passenger Authority’s guidance"
		case !m.named && !m.plural && f.low(m.r.a) == "the" && r.weatherServiceFor(i):
			// "The forecaster said" after "the Coastal Weather Office"
		case !m.named && !m.plural && r.ledeCompoundBodyNamed(i):
			// "a state-funded think tank said" named as "the … Institute"
		case !m.named && m.r.b-m.r.a == 3 && r.ownerKin(i):
			// "She said her own father had told her …": her father
		case !m.named && !m.plural && (f.low(m.r.a) == "the" || m.att >= 0 && f.atts[m.att].pattern == "T" || r.ledePerson(i) ||
			m.att < 0 && m.person && f.low(m.r.a-1) == "the" || f.low(m.r.a) == "its" && m.person && m.att >= 0):
			// … and "the Speaker" where no one speaks, for the pronouns after it
			before := *m
			r.resolveDescription(i) // "the mayor"; a transcript's "SPEAKER:"
			// "She said the state geologist had told her …": a description
			// speaking inside a statement is someone other than the
			// statement's own speaker
			if q := r.quoter(i); q != "" && r.mentions[i].canonical == q {
				r.mentions[i] = before
			}
			r.checkBodyKind(i, before)
			r.keepDescribedBody(i, before) // "The health board said" after a school
			r.participleRole(i)
			r.rulingCourt(i, before)
			r.titleBody(i, before)
			r.predicatedBody(i)
			r.demonymPerson(i) // "Ferrante said …. “…,” the Italian said."
		}
		if m := r.mentions[i]; m.att >= 0 && m.canonical != "" {
			r.spoke[m.canonical] = true
		}
	}
	r.resolveHandleOwners() // "she" and "@CllrDhaliwal" after "Arun Dhaliwal, who posts as …"
	r.resolveHostLabels()
	r.resolveRoleLabels()
	r.resolveTitledLabels() // "COUNCILLOR PRICE:" → "Rhodri Price"
	r.resolveCrowdLabels()
	r.resolvePaperVoices()
	r.resolveSpokesBodies()
	r.chairLabels()
	r.roleAsNames() // "Coach said" after "Ada Lind has coached the Harriers"
	r.resolveGivenNameLabels()
	r.resolveInitialsLabels() // "TK:" → "Thea Kerrigan", with no key
	r.resolveVocativeLabels() // "Driver:" → the one "Engineer:" calls "Nik"
	for i := range r.mentions {
		r.ownRoleInQuote(i)
	}
	r.resolveInterviewees()
	r.resolveAnswerVoices()
	r.resolveNarratorVoice()
	r.resolveDocumentPronouns()
	r.resolveLetterAuthors()  // "‘I …,’ the letter said" after "Ann Lee wrote in a letter"
	r.resolveReadStatements() // "the statement said" after "read a statement on behalf of Ann Lee"
	r.resolveInterpreted()
	r.possessiveShortBodies() // "St Aldric’s had told him" after "St Aldric’s Hospital"
	r.jointNamedSpeakers()    // "Dr Ada Lin and Dr Tom Rudd said …", then "they said"
	return r
}

// ownRoleInQuote resolves "my doctor" or "our coach" speaking inside a
// quotation to the one person the story gives that role ("Dr. Helen
// Okafor" for "My doctor told me …" in her patient's words), never the
// quoting speaker; with no such person, or several, it keeps its words.
func (r *resolver) ownRoleInQuote(i int) {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.pronoun || m.att < 0 || f.atts[m.att].nestedIn < 0 || m.r.b-m.r.a != 2 || f.low(m.r.a) != "my" && f.low(m.r.a) != "our" {
		return
	}
	quoter := ""
	if o, ok := r.bySpeaker[f.atts[m.att].nestedIn]; ok {
		quoter = r.mentions[o].canonical
	}
	h := singular(f.low(m.r.a + 1))
	if h != f.low(m.r.a+1) {
		return // "My doctors have told me": a group, no one person
	}
	found := -1
	for j, c := range r.mentions {
		if !c.named || !c.person || c.pronoun || c.canonical == quoter || !hasWord(c.heads, h) {
			continue
		}
		if found >= 0 && r.mentions[found].canonical != c.canonical {
			return
		}
		found = j
	}
	if found >= 0 {
		m.antecedent, m.canonical, m.person = found, r.mentions[found].canonical, true
	}
}

// resolveHostLabels names a transcript's interviewer label ("HOST:",
// "PRESENTER:") by the one person the page says presents the show: "Nell
// Garrow talks to …", "presented by Nell Garrow", "hosted by …".
func (r *resolver) resolveHostLabels() {
	f := r.f
	host := ""
	for _, c := range r.mentions {
		if !c.named || !c.person || c.pronoun || c.att >= 0 {
			continue
		}
		after, by, verb := f.low(c.r.b), f.low(c.r.a-1), f.low(c.r.a-2)
		if hostVerbs[after] && f.word(c.r.b) || by == "by" && (verb == "presented" || verb == "hosted") || f.showWithHost(c.r.a) {
			if host != "" && host != c.canonical {
				return
			}
			host = c.canonical
		}
	}
	if host == "" {
		return
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att >= 0 && f.atts[m.att].pattern == "T" && m.r.b-m.r.a == 1 && interviewerLabels[f.low(m.r.a)] {
			m.canonical, m.person, m.named = host, true, true
		}
	}
}

// hostVerbs follow a show's presenter in its notes: "Nell Garrow talks to …".
var hostVerbs = words(`talks speaks chats interviews`)

// appositionHeads adds to a named mention the role of an apposition beside
// it: "its director, Katrin Vogel", "the mayor of Żary-Dolne, Bożena
// Kwiatkowska-Nowak", "Peskov, the Kremlin spokesman,", "The prefect,
// Anne-Sophie Delorme, said", "Dr. Yasmin Oyelaran, the study's lead author
// and a sleep scientist at …". Any noun of the apposition counts, known
// role or not: a later "the prefect" or "the scientist" picks the name by it.
func (r *resolver) appositionHeads(i int) {
	f := r.f
	m := &r.mentions[i]
	if !m.named {
		return
	}
	r.participleDescriptionHeads(m)
	r.placeOfNameHeads(m) // "the spa town of Bad Sollingen"
	r.bracketedRoleHeads(m)
	r.acronymRankHeads(m)
	// "The Halden Institute, a think tank, said": a body's apposition
	// names it too ("The think tank said")
	if m.org {
		if k := m.r.b; f.is(k, ",") && f.word(k+1) && (f.low(k+1) == "a" || f.low(k+1) == "an" || f.low(k+1) == "the") && !f.quoted(k+1) {
			e := k + 2
			for e < len(f.toks) && e < k+6 && f.word(e) && !f.quoted(e) && r.headCandidate(e) && !isCap(f.toks[e].text) {
				e++
			}
			if f.is(e, ",") && e > k+2 {
				r.addHeads(m, k+2, e)
			}
		}
		return
	}
	if k := m.r.a - 1; f.is(k, ",") && !f.quoted(k) {
		if a, _, ok := f.phraseBefore(k-1, max(0, k-12)); ok {
			r.addHeads(m, a, f.coreEnd(a, k))
		}
		// back to a determiner that opens the apposition, across a
		// possessive and a link ("The authority's director of operations,")
		a := k - 1
		for a >= 0 && k-a <= 8 && f.word(a) && !f.quoted(a) && !isDeterminer(f.low(a)) &&
			(r.headCandidate(a) || phraseLinks[f.low(a)] && a < k-1 || possessiveWord(f.toks[a].text)) {
			a--
		}
		if a >= 0 && f.word(a) && isDeterminer(f.low(a)) && a < k-1 {
			r.addHeads(m, a+1, f.coreEnd(a, k))
		}
	}
	// "Ann Marsh, 64,", "Ann Marsh (64)", "Ann Marsh, aged 64,": her age
	// names her ("the 64-year-old")
	if k := m.r.b; (f.is(k, ",") || f.is(k, "(")) && m.person {
		n := k + 1
		if f.low(n) == "aged" {
			n++
		}
		if f.word(n) && isNumber(f.toks[n].text) && (f.is(n+1, ",") || f.is(n+1, ")") || f.is(n+1, ".")) {
			if h := f.toks[n].text + "-year-old"; !hasWord(m.heads, h) {
				m.heads = append(m.heads, h)
			}
		}
	}
	// "Lena Fisk is the club's captain", "Ruiz was a lecturer": a role
	// the text says of her names her as an apposition does
	if k := m.r.b; m.person && f.word(k) && predicateVerbs[f.low(k)] && !f.quoted(k) && f.word(k+1) && isDeterminer(f.low(k+1)) {
		a := k + 2
		if f.word(a) && !f.quoted(a) && possessiveWord(f.toks[a].text) {
			a++ // "the club's"
		}
		b := a
		for b < len(f.toks) && b < a+4 && f.word(b) && !f.quoted(b) && !isCap(f.toks[b].text) && r.headCandidate(b) {
			b++
		}
		r.addHeads(m, a, b)
	}
	// "Marcus Delaney, chief executive of Thamesdown Water,": a role
	// without a determiner
	if k := m.r.b; f.is(k, ",") && f.word(k+1) && !f.quoted(k+1) && !isCap(f.toks[k+1].text) && (roleNouns[f.low(k+1)] || modifierWords[f.low(k+1)] && roleNouns[f.low(k+2)]) {
		b := k + 1
		for b < len(f.toks) && b < k+5 && f.word(b) && !f.quoted(b) && r.headCandidate(b) {
			b++
		}
		r.addHeads(m, k+1, b)
	}
	// "in Poland, the mayor of …", "Speaking in the Commons, the minister
	// said": a place, not the mayor (a determiner may stand between)
	before := m.r.a - 1
	for before > 0 && f.word(before) && isDeterminer(f.low(before)) {
		before--
	}
	if k := m.r.b; f.is(k, ",") && f.word(k+1) && isDeterminer(f.low(k+1)) && !(f.word(before) && objectWords[f.low(before)]) && !r.objectsApposition(before) {
		for a, hi := k+2, min(len(f.toks), k+16); a < hi; {
			b := a
			// "the study’s lead author": a possessive may open it
			if f.word(b) && !f.quoted(b) && possessiveWord(f.toks[b].text) {
				b++
			}
			for b < hi && f.word(b) && !f.quoted(b) && r.headCandidate(b) {
				b++
			}
			if f.cueAfterDescription(b) {
				break // "…, the district administration informed"
			}
			r.addHeads(m, a, b)
			// "the study's lead author and a sleep scientist""
			if f.word(b) && f.low(b) == "and" && f.word(b+1) && isDeterminer(f.low(b+1)) {
				a = b + 2
				continue
			}
			break
		}
	}
}

// objectsApposition reports whether the comma at token k closes a role
// that is the object of a preposition or verb, so that the name after it
// is that object's apposition ("Re-examined by the prosecutor, Nadia Khan
// KC, the witness said"): the description after the name is then no role
// of the name but the sentence's subject.
func (r *resolver) objectsApposition(k int) bool {
	f := r.f
	if !f.is(k, ",") || f.quoted(k) {
		return false
	}
	for a := k - 1; a >= 0 && a >= k-6; a-- {
		if !f.word(a) || f.quoted(a) {
			return false
		}
		if objectWords[f.low(a)] {
			return a < k-1
		}
		if !isDeterminer(f.low(a)) && !r.headCandidate(a) && !possessiveWord(f.toks[a].text) {
			return false
		}
	}
	return false
}

// accountNouns are a body's channels online that speak for it.
var accountNouns = words(`account accounts feed page channel handle`)

// bodysOwnAccount resolves "the label's own account" (mention i) to the
// named body the owner's noun stands for: a body's account on a social
// network is the body speaking. It reports whether it did.
func (r *resolver) bodysOwnAccount(i int) bool {
	f := r.f
	m := &r.mentions[i]
	ws := f.phraseWords(m.r)
	if len(ws) < 3 || len(ws) > 5 || !possessiveWord(ws[1]) || !accountNouns[bare(ws[len(ws)-1])] {
		return false
	}
	owner := strings.ToLower(possessiveBase(ws[1]))
	if isCap(ws[1]) || len(bodyKindsOf[owner]) == 0 && !orgHeads[owner] {
		return false
	}
	for _, w := range ws[2 : len(ws)-1] {
		if bare(w) != "own" && bare(w) != "official" {
			return false
		}
	}
	if j := r.namedBodyOfHead(i, owner); j >= 0 {
		m.antecedent, m.canonical, m.org, m.person = j, r.mentions[j].canonical, true, false
		return true
	}
	return false
}

// roleForOwnerBefore resolves "Her representative" (mention i) to an
// earlier speaker described by the same role linked to someone ("a
// representative for the singer") in its zone, when no one is named by
// that role; it reports whether it did.
func (r *resolver) roleForOwnerBefore(i int) bool {
	f := r.f
	m := &r.mentions[i]
	role := f.low(m.r.a + 1)
	if !roleNouns[role] || orgRoles[role] {
		return false
	}
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone || c.pronoun {
			continue
		}
		if c.named && (hasWord(r.heads[c.canonical], role) || hasWord(c.heads, role)) {
			return false // a representative by name
		}
		if ws := strings.Fields(c.canonical); !c.named && c.att >= 0 && len(ws) >= 3 && ws[0] == role && (ws[1] == "for" || ws[1] == "of") {
			m.antecedent, m.canonical, m.person = j, c.canonical, true
			return true
		}
	}
	return false
}

// acronymRole resolves a role written in capitals after "the" ("the GP"
// after "Dr. Helen Okafor, a GP in Tilbury") to the nearest person named
// before it whose role it is, as "the doctor" would be; a body's initials
// are not roles and keep their name.
func (r *resolver) acronymRole(i int) {
	f := r.f
	m := &r.mentions[i]
	if m.r.b-m.r.a != 2 || f.low(m.r.a) != "the" || !acronym(f.toks[m.r.a+1].text) || m.org || m.pronoun {
		return
	}
	h := strings.ToLower(f.toks[m.r.a+1].text)
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.named && c.person && !c.pronoun && c.r.b-c.r.a > 1 && hasWord(c.heads, h) {
			m.antecedent, m.canonical, m.person, m.named = j, c.canonical, true, true
			return
		}
	}
}

// objectAppositionHeads adds to a person named as an object ("talks to
// Dr. Ruth Okafor, a freshwater ecologist at …, and Idris Penhale, the
// river keeper for …, about …") the role of the apposition after the name,
// when what follows the apposition's closing comma is no verb of a subject
// but "and", "or" or a preposition: then the apposition is hers, not the
// subject of a new clause ("Speaking to Ruth Okafor, the minister said").
func (r *resolver) objectAppositionHeads(i int) {
	f := r.f
	m := &r.mentions[i]
	before := m.r.a - 1
	if !m.named || !m.person || m.att >= 0 || !f.word(before) || !objectWords[f.low(before)] || f.low(before) == "in" {
		return
	}
	k := m.r.b
	if !f.is(k, ",") || !f.word(k+1) || !isDeterminer(f.low(k+1)) || f.quoted(k+1) {
		return
	}
	e := k + 2
	for e < len(f.toks) && e < k+16 && f.word(e) && !f.quoted(e) {
		e++
	}
	if !f.is(e, ",") || !f.word(e+1) || !(objectWords[f.low(e+1)] || f.low(e+1) == "who") {
		return
	}
	a := k + 2
	if possessiveWord(f.toks[a].text) {
		a++
	}
	b := a
	for b < e && r.headCandidate(b) && !isCap(f.toks[b].text) {
		b++
	}
	r.addHeads(m, a, b)
}

// itsOwner makes a name of several words ending in a plural ("Vestry
// Buses", "Brackley Homes"), with no given name, title or gender, a body
// when "its" follows it in its sentence or opens the next before any
// other name ("Vestry Buses said its drivers would strike"; "Brackley
// Homes built 400 houses. Its chief executive …"): the text's own pronoun
// tells what it is.
func (r *resolver) itsOwner(i int) {
	f := r.f
	m := &r.mentions[i]
	if !m.named || !m.person || m.org || m.doc || m.pronoun || m.gender != 0 {
		return
	}
	ws := f.phraseWords(m.r)
	if n := len(ws); n < 2 || !strings.HasSuffix(ws[n-1], "s") || possessiveWord(ws[n-1]) || givenGender(ws[0]) != 0 || hasTitle(ws) || r.genders[m.canonical] != 0 {
		return
	}
	end := len(f.toks)
	if i+1 < len(r.mentions) {
		end = r.mentions[i+1].r.a
	}
	si := f.sentenceOf(m.r.a)
	for k := m.r.b; k < end && f.sentenceOf(k) <= si+1; k++ {
		if f.sentenceOf(k) == si+1 && k != f.sents[si+1].t0 {
			break
		}
		if f.word(k) && f.low(k) == "its" && !f.quoted(k) {
			m.person, m.org = false, true
			return
		}
	}
}

// namedDocument makes a name a document when a document's noun calls it
// so: "The trial, called STEP-PM, followed …", "a report named Lessons
// from Elm Quay"; the noun is its head ("The study found …" after it).
func (r *resolver) namedDocument(i int) {
	f := r.f
	m := &r.mentions[i]
	k := m.r.a - 1
	if !m.named || m.pronoun || !f.word(k) || !namingWords[f.low(k)] {
		return
	}
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		if f.is(b, ",") {
			continue
		}
		if !f.word(b) || f.quoted(b) {
			return
		}
		if h := singular(f.low(b)); documentNouns[h] {
			m.doc, m.org, m.person = true, false, false
			m.heads = append(m.heads, h)
			return
		}
	}
}

// predicateVerbs say what someone is: "X is the club's captain".
var predicateVerbs = words(`is was became becomes remains remained`)

// saysIt makes a name an organisation when it reports something of
// itself as "it": "Calder Straits said it was let down" (a person would
// say "he", "she" or "I"). Every mention of that name becomes one, so a
// later "It said" or "The operator said" can take it. A name known to be
// a person (a title, a gender, a given name) stays one.
func (r *resolver) saysIt(i int) {
	f := r.f
	m := &r.mentions[i]
	if m.org || m.pronoun || m.plural || !m.named || m.att < 0 || m.canonical == "" || r.personKnown(*m) {
		return
	}
	a := f.atts[m.att]
	if a.direct || a.dropped || a.content.empty() || f.low(a.content.a) != "it" && f.low(a.content.a) != "its" || f.ownedByPerson(a.content) {
		return
	}
	r.markBody(*m)
}

// agedPerson makes a name a person when an age between commas follows it
// ("Olwen, 40, was calmer"), so a "she" or "he" after it may take it
// though its given name tells no gender.
func (r *resolver) agedPerson(i int) {
	f := r.f
	m := &r.mentions[i]
	if m.person || m.org || m.doc || m.pronoun || m.plural || !m.named || m.canonical == "" {
		return
	}
	k := m.r.b
	if !f.is(k, ",") || !f.word(k+1) || !f.is(k+2, ",") {
		return
	}
	if n, err := strconv.Atoi(f.toks[k+1].text); err != nil || n < 1 || n > 120 {
		return
	}
	m.person = true
}

// issuedMedium resolves "The statement" or "The release" speaking after
// someone spoke "in a statement" or "in a press release" to whoever issued
// it, the speaker of the latest statement before it in its zone whose
// medium names that noun; it reports whether it did.
func (r *resolver) issuedMedium(i int) bool {
	f := r.f
	m := &r.mentions[i]
	if m.named || m.pronoun || m.att < 0 || m.r.b-m.r.a != 2 || f.low(m.r.a) != "the" {
		return false
	}
	head := f.low(m.r.a + 1)
	if issuedDocument(head) {
		return false
	}
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone {
			return false
		}
		if c.att < 0 || c.pronoun && c.antecedent < 0 || c.canonical == "" {
			continue
		}
		if !r.mediumHolds(f.atts[c.att], head) {
			continue
		}
		m.antecedent, m.canonical, m.named, m.org, m.person, m.doc = j, c.canonical, c.named, c.org, c.person, false
		return true
	}
	return false
}

// mediumHolds reports whether the statement a was made through the noun
// head: its medium names it ("in a statement on Monday night"), or the
// words right after its cue do ("…, the club said in a statement.").
func (r *resolver) mediumHolds(a attribution, head string) bool {
	f := r.f
	from, to := a.medium.a, a.medium.b
	if a.medium.empty() {
		if a.cue.empty() || !f.word(a.cue.b) || f.low(a.cue.b) != "in" {
			return r.frontedMediumHolds(a, head) // "In a statement …, Ann Vale said"
		}
		from, to = a.cue.b, len(f.toks)
	}
	for k := from; k < to && k < from+5 && f.word(k); k++ {
		if f.low(k) == head {
			return true
		}
	}
	return false
}

// pluralVerbBody makes a name a body when a plural verb follows it
// ("Kettering Vale have signed …", "Harbour Rovers are top"): one person
// "has" or "is". A name known to be a person stays one.
func (r *resolver) pluralVerbBody(i int) {
	f := r.f
	m := &r.mentions[i]
	if m.org || m.doc || m.pronoun || m.plural || !m.named || m.canonical == "" || r.personKnown(*m) {
		return
	}
	if !f.word(m.r.b) || !pluralVerbs[f.low(m.r.b)] || f.low(m.r.a-1) == "and" || f.low(m.r.a-1) == "&" {
		return
	}
	r.markBody(*m)
}

// markBody makes every mention named as m a body, unless m's given name or
// a pronoun has told its gender.
func (r *resolver) markBody(m mention) {
	if givenGender(r.f.toks[m.r.a].text) != 0 || r.genders[m.canonical] != 0 || r.titledPerson(m.canonical) {
		return
	}
	for k := range r.mentions {
		if c := &r.mentions[k]; c.canonical == m.canonical && !c.pronoun {
			c.org, c.person = true, false
		}
	}
	r.orgNames[m.canonical] = true
}

// bodyFullName gives a body's shorter name its full one: "Halcyon Tide"
// after (or before) "Halcyon Tide Records" names the same company, the
// words left off being only a word of its trade or kind.
func (r *resolver) bodyFullName(i int) {
	m := &r.mentions[i]
	if !m.org || !m.named || m.pronoun || m.doc || m.canonical == "" {
		return
	}
	ws := strings.Fields(m.canonical)
	if len(ws) < 2 || len(r.f.nameKinds(m.canonical)) > 0 {
		return
	}
	for _, c := range r.mentions {
		if !extendsByOneWord(c.canonical, m.canonical, len(ws)) {
			continue
		}
		if !c.named || c.pronoun || c.doc || c.person && !c.org && r.personKnown(c) {
			continue
		}
		if len(r.f.nameKinds(c.canonical)) > 0 {
			r.markBody(c)
			old := m.canonical
			for k := range r.mentions {
				if r.mentions[k].canonical == old && !r.mentions[k].pronoun {
					r.mentions[k].canonical = c.canonical
				}
			}
			r.orgNames[c.canonical] = true
			return
		}
	}
}

// pluralVerbs agree with a plural or collective subject only.
var pluralVerbs = words(`have are were`)

// rankBeforePerson reports whether a capitalised run is a rank or role
// before a person's given name and surname ("Group Manager Eilidh
// Sorensen", "Union Secretary Ola Brenn"): an institution's word in the
// rank makes no body of the person.
func rankBeforePerson(name []string) bool {
	p := personName(name)
	if len(p) < 2 || len(p) >= len(name) || givenGender(p[0]) == 0 || hasOrgHead(p) {
		return false
	}
	b := bare(name[len(name)-len(p)-1])
	return titleWords[b] || roleNouns[b]
}

// namingWords give a thing its name: "The trial, called STEP-PM,".
var namingWords = words(`called named dubbed titled`)

// namedThingNouns are things a story names as it names people: a boat,
// a horse, a pub. A name in apposition to one of them ("his boat, the
// Santa Clara,") is no one who could be "he" or "she".
var namedThingNouns = words(`boat boats ship ships vessel vessels yacht trawler ferry tug barge dinghy lifeboat schooner liner tanker
	horse mare stallion colt filly pony greyhound dog cat
	pub inn hotel restaurant cafe café bar farm cottage`)

// namedThingApposition takes a named mention off the people when it is a
// thing in apposition to its noun ("his boat, the Santa Clara,", "the
// pub, the Crown and Anchor,"), inside a quotation too.
func (r *resolver) namedThingApposition(i int) {
	f := r.f
	m := &r.mentions[i]
	if !m.named || m.pronoun || !m.person || m.att >= 0 {
		return
	}
	k := m.r.a - 1
	if k >= 0 && f.word(k) && f.low(k) == "the" {
		k--
	}
	thing := k >= 1 && f.is(k, ",") && f.word(k-1) && !f.quoted(k-1) && namedThingNouns[f.low(k-1)]
	if thing {
		m.person, m.thing = false, true
	}
}

// appositionKind makes a name an organisation when an apposition beside
// it says it is one, by the last word of its core: "Skerry Air, the
// Aberdeen-based regional airline,", "Brightwell, the audio startup best
// known for …", "The engine maker, Haldane Propulsion,". A name known to
// be a person (a title, a gender) stays one.
func (r *resolver) appositionKind(i int) {
	f := r.f
	m := &r.mentions[i]
	if !m.named || m.org || m.pronoun || m.doc || r.personKnown(*m) {
		return
	}
	head := -1
	if k := m.r.b; f.is(k, ",") && f.word(k+1) && !f.quoted(k+1) && isDeterminer(f.low(k+1)) && f.low(k+1) != "his" && f.low(k+1) != "her" {
		b := k + 2
		for ; b < len(f.toks) && b < k+10 && f.word(b) && !f.quoted(b) && !appositionStops[f.low(b)] &&
			(possessiveWord(f.toks[b].text) || r.headCandidate(b) || isCap(f.toks[b].text)); b++ {
			if !possessiveWord(f.toks[b].text) {
				head = b
			}
		}
		// "…, the chipmaker said": a speaker after a content, not an
		// apposition; an apposition closes with a comma, a stop or a
		// word that goes on describing
		if !(f.is(b, ",") || f.is(b, ".") || f.is(b, ")") || f.word(b) && appositionStops[f.low(b)]) {
			head = -1
		}
	}
	if k := m.r.a - 1; head < 0 && f.is(k, ",") && f.word(k-1) && !f.quoted(k-1) {
		// "The engine maker, Haldane Propulsion,": back to a determiner
		a := k - 1
		for a >= 0 && k-a <= 6 && f.word(a) && !f.quoted(a) && !isDeterminer(f.low(a)) && r.headCandidate(a) {
			a--
		}
		if a >= 0 && f.word(a) && isDeterminer(f.low(a)) && a < k-1 && (a == 0 || !f.word(a-1) || r.sentenceSubject(a)) && f.is(m.r.b, ",") {
			head = k - 1
		}
	}
	if head < 0 {
		return
	}
	h := singular(f.low(head))
	if documentNouns[h] || !(orgRoles[h] || companyWords[h] || strings.HasSuffix(h, "maker") && !personMakers[h]) {
		return
	}
	m.org, m.person = true, false
	if !hasWord(m.heads, h) {
		m.heads = append(m.heads, h)
	}
}

// appositionStops end the core of an apposition: "the audio startup best
// known for …", "the firm based in …".
var appositionStops = words(`best known based founded owned run set headquartered which that who whose
	where with for of in at from by and or but`)

// modifierHeads adds to a named mention the words that stand before it
// without a comma: "the second seed Camille Rousseau-Vidal", "Conservative
// leader Henrik Dalby", "Retired nurse Joan Whitlock".
func (r *resolver) modifierHeads(i int) {
	f := r.f
	m := &r.mentions[i]
	if !m.named || m.pronoun {
		return
	}
	// … but not a verb or another name before it ("Dean Okoro headed
	// Rovers in front")
	a := m.r.a - 1
	for a >= 0 && m.r.a-a <= 3 && f.word(a) && !f.quoted(a) && !isDeterminer(f.low(a)) && r.headCandidate(a) &&
		f.toks[a].para == f.toks[m.r.a].para && r.modifierWord(a) {
		a--
	}
	r.addHeads(m, a+1, m.r.a)
}

// modifierWord reports whether token k may stand in the words before a
// name that say who someone is: a role or title, a party, a demonym, or a
// lower-case word that is no verb in the past.
func (r *resolver) modifierWord(k int) bool {
	f := r.f
	lw := f.low(k)
	if roleNouns[lw] || titleWords[lw] || partyMembers[lw] || demonym(f.toks[k].text) {
		return true
	}
	if isCap(f.toks[k].text) {
		return !f.nameWord(k) || !f.nameWord(k-1) && !f.nameWord(k+1)
	}
	return !strings.HasSuffix(lw, "ed") && lw != "whether"
}

// headCandidate reports whether token k may be a word of a role phrase: a
// word that is no function word, cue, auxiliary or link.
func (r *resolver) headCandidate(k int) bool {
	f := r.f
	return f.lexicons(k)&(inFunctionWords|inCueWords|inAuxWords|inBlockCue|inPhraseLinks|inObjectWords|inCalendarWords) == 0 &&
		!possessiveWord(f.toks[k].text)
}

// givenGender is the gender a given name tells, 0 when it tells none.
func givenGender(w string) byte {
	b := bare(w)
	if !isASCII(b) {
		var buf [64]byte
		folded := appendFoldedAccents(buf[:0], b) // on the stack: foldAccents made a string of each name with accents
		return givenGenderOf(classesOfBytes(folded))
	}
	return givenGenderOf(classesOf(b))
}

// givenGenderOf is the gender the given names holding a word tell (its
// classes, classesOf): 'f' for givenFemale, 'm' for givenMale, else 0.
func givenGenderOf(c wordClasses) byte {
	switch {
	case c&inGivenFemale != 0:
		return 'f'
	case c&inGivenMale != 0:
		return 'm'
	}
	return 0
}

// addHeads adds the words of [a, b) to a mention's heads; a word of kin or
// role that tells a gender ("her husband, Ben Crane", "Munro's mother,
// Catriona Munro") gives it to the mention when nothing else has.
func (r *resolver) addHeads(m *mention, a, b int) {
	for k := a; k < b; k++ {
		if g := kinGender(r.f.low(k)); g != 0 && m.gender == 0 && m.person && r.f.word(k) {
			m.gender = g
			if m.canonical != "" && r.genders[m.canonical] == 0 {
				r.genders[m.canonical] = g
			}
		}
		if r.f.word(k) && !possessiveWord(r.f.toks[k].text) {
			for _, h := range headForms(r.f.low(k)) {
				if !hasWord(m.heads, h) {
					m.heads = append(m.heads, h)
				}
			}
		}
	}
}

// titleHeads spell out the abbreviated titles a description repeats in
// full ("Gen. Viktor Aslanyan" … "the general").
var titleHeads = map[string]string{"gen": "general", "sgt": "sergeant", "det": "detective", "prof": "professor",
	"dr": "doctor", "insp": "inspector", "supt": "superintendent", "lt": "lieutenant", "col": "colonel",
	"gov": "governor", "sen": "senator", "rep": "representative", "capt": "captain", "cllr": "councillor",
	"adm": "admiral", "maj": "major", "cmdr": "commander", "pres": "president", "justice": "judge"}

// headForms are the forms a head word is matched by: singular, without
// accents ("Fédération" → "federation"), an abbreviated title spelt out.
func headForms(w string) []string {
	h, full := headFormPair(w)
	if full != "" {
		return []string{h, full}
	}
	return []string{h}
}

// accentFolder is what foldAccents does, in its general form (a test
// holds them equal).
var accentFolder = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "ä", "a",
	"á", "a", "ô", "o", "ö", "o", "ó", "o", "û", "u", "ü", "u", "ù", "u", "ú", "u", "ç", "c", "î", "i", "ï", "i",
	"í", "i", "ñ", "n", "ø", "o", "å", "a")

// foldAccents takes the accents off the lower-case letters of w ("pérez"
// → "perez"), returning w itself when it has none to take off: the
// resolver folds every name word it compares, and the general replacer
// made a new string each time.
func foldAccents(w string) string {
	if isASCII(w) {
		return w // nothing to fold
	}
	var buf [64]byte
	if b := appendFoldedAccents(buf[:0], w); string(b) != w {
		return string(b)
	}
	return w
}

// appendFoldedAccents appends w to dst with the accents of its lower-case
// letters taken off (foldAccents).
func appendFoldedAccents(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c, n := utf8.DecodeRuneInString(w[i:])
		if plain := unaccented(c); plain != 0 {
			dst = append(dst, plain)
		} else {
			dst = append(dst, w[i:i+n]...)
		}
		i += n
	}
	return dst
}

// unaccented is the letter accentFolder puts for c, 0 when it leaves c.
func unaccented(c rune) byte {
	switch c {
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'à', 'â', 'ä', 'á', 'å':
		return 'a'
	case 'ô', 'ö', 'ó', 'ø':
		return 'o'
	case 'û', 'ü', 'ù', 'ú':
		return 'u'
	case 'ç':
		return 'c'
	case 'î', 'ï', 'í':
		return 'i'
	case 'ñ':
		return 'n'
	}
	return 0
}

// coreEnd is where the core of the phrase [a, b) ends: before the first
// word that links it to a place or body ("the mayor of Żary-Dolne").
func (x *text) coreEnd(a, b int) int {
	for k := a + 1; k < b; k++ {
		if x.word(k) && phraseLinks[x.low(k)] && !x.nameWord(k-1) {
			return k
		}
	}
	return b
}

// singular turns a plural role noun into its singular ("authorities" →
// "authority", "coastguards" → "coastguard").
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), !strings.HasSuffix(w, "s"):
		return w
	}
	return w[:len(w)-1]
}

// publicBodies name institutions that are not companies: "the company" does
// not stand for them.
var publicBodies = words(`ministry department agency government council committee office military
	army court regulator authority union institute coastguard service foundation society alliance
	chamber centre center museum observatory laboratory party coalition movement bureau trust
	hospital school university club association federation panel jury tribunal commission inquiry
	watchdog police parliament congress senate assembly cabinet administration board academy
	college library kremlin nato eu un who imf fbi cia`)

// companyWords are the descriptions that stand for a company.
var companyWords = words(`company firm group operator business carrier airline developer
	manufacturer retailer supplier producer utility insurer lender startup start-up broadcaster
	publisher brewer grocer supermarket chain`)

// protagonistRoles stand for the person a court or police report is about,
// who is named more than anyone else before the role is used.
var protagonistRoles = words(`defendant accused suspect`)

// resolveDescription links a definite description ("the mayor", "the
// coastguard", "the company", "The review", "the Frenchwoman") to the named
// mention it stands for:
//   - the nearest earlier named mention of the same kind (person,
//     organisation, document) whose name, role, apposition or the words
//     before it hold the description's head word, inside a statement's
//     content too ("led by Gen. Viktor Aslanyan" … "the general");
//   - an earlier unnamed description with the same head and more words
//     ("the regional electoral commission" … "The electoral commission");
//   - for a company's description ("the firm", "the chipmaker"), the
//     company named most so far;
//   - else the nearest named mention in its paragraph or the one before
//     that is not an object and not of the other kind (news varies a name
//     by a description: "Rousseau-Vidal … the Frenchwoman said");
//   - else a named mention with the head in the next paragraph ("The U.N.
//     envoy for … said" before "Envoy Miriam Takahashi-Brandt").
//
// Unresolved, it keeps its own words as its canonical name.
func (r *resolver) resolveDescription(i int) {
	f := r.f
	m := &r.mentions[i]
	ws := f.phraseWords(rng{m.r.a, f.coreEnd(m.r.a, m.r.b)})
	if len(ws) == 0 {
		return
	}
	head := headForms(ws[len(ws)-1])[0]
	if functionWords[head] {
		return
	}
	lastLow := bare(ws[len(ws)-1])
	pluralHead := head != lastLow && lastLow == head+"s" && !possessiveWord(ws[len(ws)-1])
	if strings.HasSuffix(head, "maker") && !personMakers[head] {
		m.org, m.person = true, false // "the chipmaker", "the carmaker"
	}
	company := m.org && (companyWords[head] || strings.HasSuffix(head, "maker") && !personMakers[head])
	zone := f.paraZone[f.toks[m.r.a].para]
	para := f.toks[m.r.a].para
	best, described := -1, -1
	// "The Speaker, Dame Alys Brennan, let this go": the name in the
	// apposition straight after is the description's own
	if n := i + 1; n < len(r.mentions) && f.is(m.r.b, ",") && r.mentions[n].r.a == m.r.b+1 && r.mentions[n].named &&
		!r.mentions[n].pronoun && r.mentions[n].org == m.org && f.is(r.mentions[n].r.b, ",") {
		c := r.mentions[n]
		m.antecedent, m.canonical = n, c.canonical
		return
	}
	// "Ana Silva won the final, beating Jo Park …. The runner-up said":
	// who won and who lost is told by the verb between them
	if won, lost := winnerNouns[head], loserNouns[head]; (won || lost) && !m.org && !m.doc {
		if j := r.contestant(i, won); j >= 0 {
			m.antecedent, m.canonical = j, r.mentions[j].canonical
			return
		}
	}
	// "Kai Morgan, 17, … His coach, Bill Hart, … The teenager said": a
	// description that tells an age takes the nearest person whose age
	// the text gave and fits
	if lo, hi, ok := ageSpan(head); ok && !m.org && !m.doc {
		if j := r.personOfAge(i, lo, hi); j >= 0 {
			m.antecedent, m.canonical = j, r.mentions[j].canonical
			return
		}
	}
	nearCompany := -1
	for j := i - 1; j >= 0 && best < 0; j-- {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone || c.pronoun {
			continue
		}
		switch {
		case (c.named || c.doc) && c.doc == m.doc && (c.org == m.org || !m.org && !c.person || m.org && !r.personKnown(c)) && (hasWord(r.heads[c.canonical], head) || hasWord(c.heads, head)) &&
			r.sameRankOrFormer(ws, head, c) && !(pluralHead && c.person && !c.org && !c.plural):
			// ("The fitters told me" is not "the depot's fitter, Wayne
			// Pocock": a plural noun names no one person)
			best = j
		case described < 0 && !c.named && !c.doc && c.org == m.org && c.att >= 0 && len(c.heads) > 0 && c.heads[len(c.heads)-1] == head && r.wordsWithin(ws, c):
			described = j
		case nearCompany < 0 && !r.inStatement(c.r.a) && c.named && m.org && companyWords[head] && c.org && r.company(c):
			nearCompany = j
		}
	}
	// "Parcelwise, the software company, … when Parcelwise bought the
	// start-up Kestrel Maps … The company said": a company the text
	// called by the description's own noun wins over a nearer one it
	// did not
	if best < 0 && !m.org && !m.doc {
		best = r.sittingOfficeHolder(i, ws, head)
	}
	if best < 0 || nearCompany > best && !r.calledBy(best, head) {
		best = nearCompany
		if j := r.companyOverPassing(i, best); j >= 0 {
			best = j // not "Fairvote Partners" named once as someone's affiliation
		}
	}
	// "Labour MP Sara Quinn and Tory MP Dan Hirst … The Labour MP said":
	// when the nearest bearer of the head lacks a word the description
	// adds, a farther one that has them all is meant
	if best >= 0 && !m.doc {
		if mods := r.modifierWords(ws); len(mods) > 0 && !r.holdsAll(r.mentions[best], mods) {
			for j := best - 1; j >= 0; j-- {
				c := r.mentions[j]
				if f.paraZone[f.toks[c.r.a].para] != zone || c.pronoun || !c.named || c.org != m.org {
					continue
				}
				if (hasWord(r.heads[c.canonical], head) || hasWord(c.heads, head)) && r.holdsAll(c, mods) {
					best = j
					break
				}
			}
		}
	}
	if j := r.companyOfTrade(i, ws, head, best); j >= 0 {
		best = j // "the forestry company": Marrow Forestry, not a nearer coach firm
	}
	// "“The fourth official told me he had a perfect view,” the visitors'
	// boss said": a description speaking inside a quotation is someone the
	// quoting speaker talks about; only its own head may name it
	if a := m.att; best < 0 && a >= 0 && f.atts[a].nestedIn >= 0 && f.atts[f.atts[a].nestedIn].direct {
		// … a body's own head may name it in the next paragraph ("The
		// council told us …" before "Tarnside Council says")
		if m.org && !m.plural {
			if j := r.bodyNamedNext(i, head); j >= 0 {
				m.antecedent, m.canonical = j, r.mentions[j].canonical
			}
		}
		return
	}
	// "CEO Dana Whitby" … "the chief executive", "Senator Ruth Kane" …
	// "the lawmaker", "The Harbour Trust" … "the charity": another word
	// for the same role or kind of body
	if best < 0 && (headSynonyms[head] != nil || scholarHeads[head]) {
		for j := i - 1; j >= 0 && best < 0; j-- {
			c := r.mentions[j]
			if f.paraZone[f.toks[c.r.a].para] != zone || c.pronoun || !c.named || c.doc != m.doc || c.org != m.org {
				continue
			}
			for _, h := range append(r.heads[c.canonical], c.heads...) {
				if synonymHead(head, h) || !m.org && !m.doc && roleKin(head, h) {
					best = j
					break
				}
			}
		}
		// "Rovers manager Callum Strachan … His counterpart, Luis
		// Ferreira-Mota, said … the visitors' boss said": a nearer person
		// with no role of his own is likelier than a farther other word
		if best >= 0 && !m.org && !m.doc {
			if near := r.nearbyNamed(i, para); near > best && !r.hasRole(r.mentions[near]) {
				best = near
			}
		}
	}
	// "The Marsh Review … found" then "The report said", "The study makes
	// …": a document's description takes the nearest named document of
	// its zone, whatever noun either uses
	if best < 0 && m.doc {
		if j := r.namedDocBefore(i); r.paperTakesDocument(i, j) {
			best = j
		}
	}
	if best < 0 && m.doc {
		best = r.describedDocBefore(i, head)
	}
	if best < 0 && company {
		best = r.nearbyNamed(i, para)
	}
	if best < 0 {
		best = described
	}
	if best < 0 && company {
		best = r.salientCompany(i)
	}
	// "… after the Information Commissioner's Office warned Lumafold …
	// The watchdog said": a body's description takes the named body that
	// opens a sentence or speaks nearby
	if best < 0 && m.org && !company && orgRoles[head] {
		si := f.sentenceOf(m.r.a)
		for j := i - 1; j >= 0; j-- {
			c := r.mentions[j]
			if f.sentenceOf(c.r.a) < si-1 {
				break
			}
			if c.named && c.org && !c.plural && c.att >= 0 && !r.inStatement(c.r.a) {
				best = j
				break
			}
		}
	}
	// "Carrow manager Steve Holt … Holt said … The club said": a body's
	// description after a person's statement is that person's body
	if best < 0 && m.org && orgRoles[head] && !m.plural {
		best = r.speakersBody(i, para, head)
	}
	// "Ashcombe Rovers have appointed … The club said": a body's
	// description takes the body of its kind that opened a sentence in its
	// paragraph or the one before
	if best < 0 && m.org && !company && orgRoles[head] && !m.plural {
		best = r.nearbyBody(i, para, head)
	}
	if best < 0 && protagonistRoles[head] {
		best = r.pleadedDefendant(i)
	}
	if best < 0 && protagonistRoles[head] {
		best = r.salient(i, 0, false)
	}
	// "Kenya's Mary Wanjiru … ahead of Ethiopia's Tigist Bekele. The
	// Kenyan said": a people by origin takes the person its place is
	// given to
	if best < 0 && !m.doc && !m.org && m.person && len(ws) == 2 && isCap(ws[1]) {
		for j := i - 1; j >= 0 && best < 0; j-- {
			c := r.mentions[j]
			if f.paraZone[f.toks[c.r.a].para] != zone || c.pronoun || !c.named || !c.person || c.org {
				continue
			}
			for _, h := range append(r.heads[c.canonical], c.heads...) {
				if placeOf(head, h) {
					best = j
					break
				}
			}
		}
	}
	// "Mara Okoye founded Ledgerly … The founder said", "designed by Ines
	// Carvalho … The architect": the person who did what the role's noun
	// is made from
	if best < 0 && !m.doc && !m.org && len(ws) <= 3 {
		best = r.doerOf(i, para, head)
	}
	if best < 0 && !m.doc && !m.org && (roleNouns[head] && !orgRoles[head] || agentNoun(head) || originNoun(trimDeterminer(ws)) || demonym(ws[len(ws)-1]) || partyMembers[head]) {
		best = r.nearbyNamed(i, para)
	}
	// "the singer breaks it herself … The singer says", "The forward
	// said": a speaker described by a noun of no known kind is a person;
	// its first use in the text says which
	if best < 0 && !m.doc && !m.org && m.att >= 0 && f.low(m.r.a) == "the" && len(ws) <= 3 && personLike(head) {
		best = r.firstDescribed(i, head)
	}
	if best < 0 && !m.doc {
		// a lede's description is often named a few paragraphs on
		reach := para + 1
		if para <= f.firstPara(zone)+1 {
			reach = para + 4
		}
		for j := i + 1; j < len(r.mentions); j++ {
			c := r.mentions[j]
			if f.toks[c.r.a].para > reach || f.paraZone[f.toks[c.r.a].para] != zone {
				break
			}
			if c.named && !c.pronoun && c.org == m.org && hasWord(r.heads[c.canonical], head) && r.properName(c) {
				best = j
				break
			}
		}
		if best < 0 && !m.org && m.person {
			best = r.ledeRoleNamedLater(i, ws, head) // "An assistant coroner …" named seven paragraphs on
		}
		// "An orthopaedic surgeon at … has warned …" then "Dr Eilidh
		// Macrae, who …, said": a lede's person, described and not named,
		// is the person named next as a subject or speaker
		if best < 0 && !m.org && m.person && para <= f.firstPara(zone)+1 && !f.quoted(m.r.a) && !r.inStatement(m.r.a) && r.introduces(*m) {
			for j := i + 1; j < len(r.mentions); j++ {
				c := r.mentions[j]
				if f.toks[c.r.a].para > para+1 || f.paraZone[f.toks[c.r.a].para] != zone {
					break
				}
				if c.named && !c.pronoun && c.person && !c.org && !c.plural && !r.inStatement(c.r.a) &&
					(c.att >= 0 || r.sentenceSubject(c.r.a)) && !r.premodifies(c, r.mentions[min(j+1, len(r.mentions)-1)]) {
					best = j
					break
				}
			}
		}
	}
	if best < 0 && m.org && orgRoles[head] && !m.plural {
		// "The proposed takeover of Harbourside FC has collapsed …, the
		// club said": a body's description named by nothing else is the
		// body named in its own sentence, not one that only qualifies a
		// noun ("the League Two club")
		si := f.sentenceOf(m.r.a)
		for j := i - 1; j >= 0 && f.sentenceOf(r.mentions[j].r.a) == si; j-- {
			c := r.mentions[j]
			if c.named && c.org && !c.plural && !c.pronoun && !c.doc && r.properName(c) &&
				!(f.word(c.r.b) && !isCap(f.toks[c.r.b].text) && r.headCandidate(c.r.b)) {
				best = j
				break
			}
		}
	}
	// "Profits at Dunmore Tools fell …. The firm said", "Shelter Cymru
	// helped … The charity said": a body's description with nothing else
	// to take takes the nearest name of no known kind (two capitalised
	// words are a person only by default: no title, given name, gender or
	// pronoun says so)
	if best < 0 && m.org && !m.plural && (orgRoles[head] || company) {
		best = r.unknownKindBody(i, para, head)
	}
	// "The fitters said" after "the depot's fitter, Wayne Pocock": a
	// plural noun names no one person
	if best >= 0 && pluralHead && !m.org {
		if c := r.mentions[best]; c.person && !c.org && !c.plural {
			best = -1
		}
	}
	if best >= 0 && !m.plural && !pluralHead && r.pluralNounName(best) {
		best = -1 // "Authorities evacuated …" is no "The authority"
	}
	if best >= 0 && r.placeClash(i, best) {
		best = -1 // "The Brazilian delegate" is not "the representative of Norway"
	}
	if best < 0 && m.org && orgRoles[head] && !m.plural {
		if name := r.speakersOfBody(i, para, head); name != "" {
			m.canonical = name
			return
		}
	}
	if best < 0 {
		// "the town council voted …" before "The council says": the
		// description's fuller wording earlier in the text
		if full := r.fullerDescription(i, ws); full != "" && r.fullerKeepsPlace(i, full) {
			m.canonical = full
		}
		return
	}
	c := r.mentions[best]
	for q := 0; q <= i; q++ {
	}
	m.antecedent, m.canonical = best, c.canonical
	if m.org && (c.named || c.antecedent >= 0) {
		r.orgNames[c.canonical] = true
	}
	// the description's head names the entity from now on ("the surgeon"
	// after "An orthopaedic surgeon …" was tied to her name)
	if c.canonical != "" && !hasWord(r.heads[c.canonical], head) && m.person && !m.org && c.person && c.named && m.att >= 0 {
		r.heads[c.canonical] = append(r.heads[c.canonical], head)
		// with its rank: "the shadow chancellor" stays no "Chancellor"
		for _, w := range ws {
			if b := bare(w); rankWords[b] && !hasWord(r.heads[c.canonical], b) {
				r.heads[c.canonical] = append(r.heads[c.canonical], b)
			}
		}
	}
	if m.gender == 0 {
		m.gender = c.gender
	}
}

// ofTwo returns the later (or earlier) of the last two different people
// named before mention i, in its paragraph or the one before; -1 when
// there are not two.
func (r *resolver) ofTwo(i int, later bool) int {
	f := r.f
	para := f.toks[r.mentions[i].r.a].para
	second := -1
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.toks[c.r.a].para < para-1 || f.paraZone[f.toks[c.r.a].para] != f.paraZone[para] {
			break
		}
		if c.pronoun || !c.named || !c.person || c.org || c.plural {
			continue
		}
		switch {
		case second < 0:
			second = j
		case c.canonical != r.mentions[second].canonical:
			if later {
				return second
			}
			return j
		}
	}
	return -1
}

// modifierWords are the words of a description besides its determiner and
// its head, as heads are written ("The Labour MP" → "labour").
func (r *resolver) modifierWords(ws []string) []string {
	ws = trimDeterminer(ws)
	var out []string
	for _, w := range ws[:max(0, len(ws)-1)] {
		if b := bare(w); !functionWords[b] && !possessiveWord(w) {
			out = append(out, headForms(w)[0])
		}
	}
	return out
}

// holdsAll reports whether every word of mods is among mention c's heads.
func (r *resolver) holdsAll(c mention, mods []string) bool {
	for _, w := range mods {
		if !hasWord(r.heads[c.canonical], w) && !hasWord(c.heads, w) {
			return false
		}
	}
	return true
}

// winnerNouns and loserNouns name a person by the result of a contest.
var (
	winnerNouns = words(`winner victor`)
	loserNouns  = words(`runner-up loser`)
	// beatVerbs put the winner before them and the loser after;
	// "lost to" the other way round
	beatVerbs = words(`beat beats beating defeated defeats defeating overcame edged thrashed`)
)

// contestant returns, for a winner's (or loser's) description at mention i,
// the person the last sentence with a verb of beating, in its paragraph or
// the one before, puts before (or after) the verb; -1 if none.
func (r *resolver) contestant(i int, winner bool) int {
	f := r.f
	m := r.mentions[i]
	para := f.toks[m.r.a].para
	for k := m.r.a - 1; k > 0 && f.toks[k].para >= para-1; k-- {
		if !f.word(k) || f.quoted(k) {
			continue
		}
		w := f.low(k)
		lostTo := w == "lost" && f.low(k+1) == "to"
		if !beatVerbs[w] && !lostTo {
			continue
		}
		after := k + 1
		if lostTo {
			after++
		}
		before, next := -1, -1
		si := f.sentenceOf(k)
		for j := i - 1; j >= 0; j-- {
			c := r.mentions[j]
			if c.pronoun || !c.named || !c.person || c.org {
				continue
			}
			if c.r.a == after {
				next = j
			}
			if c.r.b <= k && f.sentenceOf(c.r.a) == si && r.sentenceSubject(c.r.a) {
				before = j
				break
			}
		}
		if before < 0 || next < 0 {
			return -1
		}
		if winner != lostTo {
			return before
		}
		return next
	}
	return -1
}

// doerOf returns the nearest named person before mention i, in its
// paragraph or the one before, who opens a sentence and does what the
// noun head is made from ("Mara Okoye founded …" for "the founder"), or
// is the agent after "by" of such a verb ("chaired by Lady Joan Hale" for
// "the chair"); -1 if none.
func (r *resolver) doerOf(i, para int, head string) int {
	f := r.f
	if len(head) < 4 {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if !r.withinReach(c, para) {
			return -1
		}
		if c.pronoun || !c.named || !c.person || c.org || c.plural || r.inStatement(c.r.a) && !r.contentSubject(c.r.a) {
			continue
		}
		if r.sentenceSubject(c.r.a) && f.word(c.r.b) && nounOfVerb(head, f.low(c.r.b)) {
			return j
		}
		if b := c.r.a - 1; f.word(b) && f.low(b) == "by" && f.word(b-1) && nounOfVerb(head, f.low(b-1)) {
			return j
		}
	}
	return -1
}

// nounOfVerb reports whether the noun of a doer is made from the verb form
// v: "founder"/"founded", "designer"/"designed", "organiser"/"organised",
// "owner"/"owns", "chair"/"chaired".
func nounOfVerb(noun, v string) bool {
	if !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "s") {
		return false
	}
	stems := []string{strings.TrimSuffix(v, "ed"), strings.TrimSuffix(v, "d"), strings.TrimSuffix(v, "s")}
	for _, n := range []string{noun, strings.TrimSuffix(noun, "er"), strings.TrimSuffix(noun, "r"), strings.TrimSuffix(noun, "or")} {
		for _, s := range stems {
			if n == s && n != v && len(n) >= 3 {
				return true
			}
		}
	}
	return false
}

// ageNouns name a person by a span of ages, in years.
var ageNouns = map[string][2]int{"teenager": {13, 19}, "teen": {13, 19}, "toddler": {1, 3},
	"pensioner": {65, 120}, "octogenarian": {80, 89}, "nonagenarian": {90, 99}, "centenarian": {100, 120}}

// ageSpan returns the ages a description's head tells: an age noun's span,
// or one year for "34-year-old".
func ageSpan(head string) (lo, hi int, ok bool) {
	if a, found := ageNouns[head]; found {
		return a[0], a[1], true
	}
	if n, found := strings.CutSuffix(head, "-year-old"); found {
		if v, err := strconv.Atoi(n); err == nil {
			return v, v, true
		}
	}
	return 0, 0, false
}

// personOfAge returns the nearest named person before mention i in its
// zone whose age, given beside a name ("Kai Morgan, 17,"), lies in
// [lo, hi]; -1 if none.
func (r *resolver) personOfAge(i, lo, hi int) int {
	f := r.f
	zone := f.paraZone[f.toks[r.mentions[i].r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone || c.pronoun || !c.named || !c.person {
			continue
		}
		for _, h := range append(r.heads[c.canonical], c.heads...) {
			if n, found := strings.CutSuffix(h, "-year-old"); found {
				if v, err := strconv.Atoi(n); err == nil && v >= lo && v <= hi {
					return j
				}
			}
		}
	}
	// "Rhiannon Pryce scored twice. The Welsh midfielder, 29, …": an age
	// given to a description opening a sentence is the age of the person
	// that description takes up, the subject or speaker named before it
	r.indexWords()
	for k := r.mentions[i].r.a - 3; k > 0; k-- {
		if f.paraZone[f.toks[k].para] != zone {
			break
		}
		if !f.is(k, ",") || !f.word(k+1) || !isNumber(f.toks[k+1].text) || !f.is(k+2, ",") || f.quoted(k) {
			continue
		}
		v, err := strconv.Atoi(f.toks[k+1].text)
		if err != nil || v < lo || v > hi {
			continue
		}
		a := f.sents[f.sentenceOf(k)].t0
		if !f.word(a) || f.low(a) != "the" || k-a < 2 || k-a > 4 || !f.word(k-1) || isCap(f.toks[k-1].text) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			c := r.mentions[j]
			if c.r.a >= a {
				continue
			}
			if f.toks[c.r.a].para < f.toks[a].para-1 {
				break
			}
			if c.named && c.person && !c.pronoun && !c.plural && !r.inStatement(c.r.a) && (c.att >= 0 || r.sentenceSubject(c.r.a)) {
				return j
			}
		}
		return -1
	}
	return -1
}

// unknownKindBody returns the nearest named mention before mention i, in
// its paragraph or the one before, that may be a body described by head:
// a body, or a name no title, given name, gender or pronoun makes a
// person, not after a preposition of place ("in Leith") and not inside a
// statement's content; a sentence's subject or a speaker first. -1 if none.
func (r *resolver) unknownKindBody(i, para int, head string) int {
	f := r.f
	for _, subject := range []bool{true, false} {
		for j := i - 1; j >= 0; j-- {
			c := r.mentions[j]
			if !r.withinReach(c, para) {
				break
			}
			if c.pronoun || !c.named || c.plural || c.doc || r.inStatement(c.r.a) && !r.contentSubject(c.r.a) || placeWords[f.low(c.r.a-1)] {
				continue
			}
			// one capitalised word of no known kind is as likely a place
			// or a sentence's first word ("Brackenford", "Profits")
			if !c.org && (c.r.b-c.r.a < 2 || c.person && (r.personKnown(c) || givenGender(f.toks[c.r.a].text) != 0 || r.hasRole(c) || r.agentHead(c))) {
				continue
			}
			if subject && c.att < 0 && !r.sentenceSubject(c.r.a) {
				continue
			}
			if r.properName(c) && bodyOfKind(c.canonical, head) {
				return j
			}
		}
	}
	return -1
}

// agentHead reports whether a name of unknown kind carries a head from
// outside its own words that is no body's ("Broker Dev Anand", "Dev
// Anand, a broker,"): something the text calls a person.
func (r *resolver) agentHead(c mention) bool {
	own := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(c.canonical)) {
		for _, h := range headForms(w) {
			own[h] = true
		}
	}
	for _, h := range append(r.heads[c.canonical], c.heads...) {
		if !own[h] && !strings.Contains(h, " ") && !orgRoles[h] && !companyWords[h] && !orgHeads[h] && !determiners[h] && !functionWords[h] {
			return true
		}
	}
	return false
}

// placeWords put a name as a place ("a bakery in Leith", "from Hull").
var placeWords = words(`in on from near outside across inside around to into towards via`)

// namedDocBefore returns the nearest named document before mention i in
// its zone, inside a statement too; -1 if none.
func (r *resolver) namedDocBefore(i int) int {
	f := r.f
	zone := f.paraZone[f.toks[r.mentions[i].r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone {
			continue
		}
		if c.doc && c.named && !c.pronoun && !c.plural {
			return j
		}
	}
	return -1
}

// introduces reports whether a description introduces someone rather than
// naming again someone known: an indefinite one ("An orthopaedic surgeon at
// …") or one tied to a body ("The head of Britain's largest water
// company"), not "the Conservative".
func (r *resolver) introduces(m mention) bool {
	if w := r.f.low(m.r.a); w == "a" || w == "an" {
		return true
	}
	// "…, its chief executive told staff": a body's post, its holder named
	// in the next paragraph
	if r.f.low(m.r.a) == "its" && m.att >= 0 {
		return true
	}
	for _, w := range r.f.phraseWords(m.r) {
		if phraseLinks[bare(w)] {
			return true
		}
	}
	return false
}

// ledePerson reports whether mention i is an indefinite description of a
// person that speaks in the first two paragraphs of its zone ("An
// orthopaedic surgeon at … has warned"): a lede's way of introducing
// someone named later, not a new unnamed person.
func (r *resolver) ledePerson(i int) bool {
	f := r.f
	m := r.mentions[i]
	if m.att < 0 || !m.person || m.org || m.pronoun {
		return false
	}
	if w := f.low(m.r.a); w != "a" && w != "an" {
		return false
	}
	// "A spokeswoman said" speaks for a body, and is never named later
	if ws := f.phraseWords(m.r); len(ws) > 0 && (anonymousRoles[bare(ws[len(ws)-1])] || roleOfBody(ws)) {
		return false
	}
	para := f.toks[m.r.a].para
	return para <= f.firstPara(f.paraZone[para])+1
}

// firstPara is the index of the first paragraph of a zone.
func (f *finder) firstPara(zone string) int {
	for p, z := range f.paraZone {
		if z == zone {
			return p
		}
	}
	return 0
}

// fullerDescription finds, before mention i and in its zone, the first
// "the <modifier> <head>" in lower case outside quotations that says more
// than the description ws ("the town council" for "The council"), and
// returns its words after the determiner; "" if none.
func (r *resolver) fullerDescription(i int, ws []string) string {
	f := r.f
	m := r.mentions[i]
	if len(trimDeterminer(ws)) != 1 || !determiners[bare(ws[0])] {
		return ""
	}
	head := bare(ws[len(ws)-1])
	zone := f.paraZone[f.toks[m.r.a].para]
	for _, k := range r.lowerPositions(head) {
		if k >= m.r.a {
			break
		}
		if k < 2 || f.quoted(k) || f.paraZone[f.toks[k].para] != zone {
			continue
		}
		a := k - 1
		// "the Portuguese government": an adjective of origin modifies
		// too; an owner does not ("the state's consumer watchdog")
		for a > 0 && k-a <= 2 && f.word(a) && !determiners[f.low(a)] && !possessiveWord(f.toks[a].text) && (!isCap(f.toks[a].text) && modifier(f.toks[a]) || demonym(f.toks[a].text) && !r.sentStart[a]) {
			a--
		}
		if a < k-1 && f.word(a) && f.low(a) == "the" {
			return strings.Join(f.phraseWords(rng{a + 1, k + 1}), " ")
		}
	}
	return ""
}

// personKnown reports whether a mention is known to be a person: a title, a
// gender, or a person's pronoun resolved to it.
func (r *resolver) personKnown(c mention) bool {
	return c.person && (c.gender != 0 || r.genders[c.canonical] != 0 || r.f.hasTitleWords(c.r))
}

// wordsWithin reports whether every word of the description ws (its
// determiner aside) is among the words of the mention c.
func (r *resolver) wordsWithin(ws []string, c mention) bool {
	cw := map[string]bool{}
	for _, w := range r.f.phraseWords(c.r) {
		cw[bare(w)] = true
	}
	for _, w := range trimDeterminer(ws) {
		if !cw[bare(w)] {
			return false
		}
	}
	return true
}

// nearbyNamed returns the nearest named mention before mention i in its
// paragraph or the one before, outside statements (or opening a
// statement's content, its subject), not an object, and not of the other
// kind; -1 if none.
func (r *resolver) nearbyNamed(i, para int) int {
	return r.nearbyNamedFrom(i, para, r.mentions[i])
}

// personLike reports whether a noun no lexicon knows may name a person:
// not a body's or a document's word and not a noun of an institution or
// an abstraction by its ending ("prefecture", "defence", "prosecution",
// "presidency", "directorate").
func personLike(h string) bool {
	if orgRoles[h] || companyWords[h] || documentNouns[h] || documentNouns[h+"s"] || publicBodies[h] || orgHeads[h] || functionWords[h] || verbalNoun(h) {
		return false
	}
	for _, suf := range []string{"ure", "ence", "ance", "tion", "sion", "ment", "ity", "ship", "ery", "hood", "dom", "ate", "ncy", "acy", "ism", "ogy", "ics", "age"} {
		if strings.HasSuffix(h, suf) {
			return false
		}
	}
	return true
}

// hasRole reports whether a mention carries a role of its own among its
// heads: a role noun or a title ("Her aide, Lisa Ford", "Her deputy, Tom
// Rudd"), not a relation ("His counterpart").
func (r *resolver) hasRole(c mention) bool {
	for _, h := range append(r.heads[c.canonical], c.heads...) {
		if (roleNouns[h] || titleWords[h]) && !determiners[h] {
			return true
		}
	}
	return false
}

// firstDescribed resolves a person's description by its first use in the
// zone ("the singer breaks it herself"): the person nearbyNamed finds
// there, or at the description itself when that is its first use; -1 if
// none.
func (r *resolver) firstDescribed(i int, head string) int {
	f := r.f
	m := r.mentions[i]
	zone := f.paraZone[f.toks[m.r.a].para]
	for _, k := range r.lowerPositions(head) {
		if k >= m.r.a {
			break
		}
		if f.quoted(k) || f.paraZone[f.toks[k].para] != zone || f.low(k-1) != "the" || r.inStatement(k) {
			continue
		}
		n := sort.Search(len(r.mentions), func(j int) bool { return r.mentions[j].r.a >= k })
		return r.nearbyNamedFrom(n, f.toks[k].para, m)
	}
	return r.nearbyNamed(i, f.toks[m.r.a].para)
}

// nearbyNamedFrom is nearbyNamed for the description m, looking back from
// mention index i.
func (r *resolver) nearbyNamedFrom(i, para int, m mention) int {
	f := r.f
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if !r.withinReach(c, para) {
			return -1
		}
		if c.pronoun || !c.named || c.plural || c.doc {
			continue
		}
		if r.inStatement(c.r.a) && !r.contentSubject(c.r.a) {
			continue
		}
		before := c.r.a - 1
		for before > 0 && f.word(before) && isDeterminer(f.low(before)) {
			before--
		}
		// "built by Norvik Coachworks … The manufacturer said": an agent
		// after "by" may be the company a description stands for
		agent := m.org && f.word(before) && f.low(before) == "by"
		// "Carla Mendes and Tomas Berg founded …": either of two people
		// who open a sentence together may be the description
		first := !m.org && f.low(c.r.b) == "and" && r.sentenceSubject(c.r.a)
		second := !m.org && f.low(before) == "and" && j > 0 && r.mentions[j-1].r.b == before && r.sentenceSubject(r.mentions[j-1].r.a)
		if f.word(before) && objectWords[f.low(before)] && !agent && !second || f.word(c.r.b) && f.low(c.r.b) == "and" && !first {
			continue
		}
		if m.org && r.personKnown(c) || !m.org && c.org || m.gender != 0 && r.genders[c.canonical] != 0 && r.genders[c.canonical] != m.gender {
			continue
		}
		// "Broker Dev Anand said … The insurer said": a name the text gives
		// a person's role or a given name is no body
		if m.org && !c.org && c.person && (r.hasRole(c) || r.agentHead(c) || givenGender(f.toks[c.r.a].text) != 0) {
			continue
		}
		// a person's role stands for a person, or in its own paragraph
		// for a name of unknown kind that opens a sentence ("Météo-France
		// said … The forecaster said"); a company's description for a
		// name that opens a sentence or a statement ("Kestrel Heating cut
		// …", "Westgrid, which runs …, has said")
		subject := (r.sentenceSubject(c.r.a) || agent) && r.properName(c)
		if !m.org && !c.person && !(f.toks[c.r.a].para == para && !c.org && c.att >= 0 && subject) || m.org && !subject {
			continue
		}
		// "Revenue rose 6% …, the company said", "Ferry fares will rise
		// …, the operator said": one capitalised word opening a sentence,
		// of no known kind, never capitalised elsewhere and silent, is a
		// common noun
		described := f.is(c.r.b, ",") && f.word(c.r.b+1) && (f.low(c.r.b+1) == "which" || f.low(c.r.b+1) == "who" || isDeterminer(f.low(c.r.b+1)))
		if m.org && !c.org && c.att < 0 && c.r.b-c.r.a == 1 && r.sentStart[c.r.a] && !described {
			if r.midCapCount(strings.TrimSuffix(strings.TrimSuffix(f.toks[c.r.a].text, "'s"), "’s")) == 0 {
				continue
			}
		}
		// "Sofia Lindqvist beat Marta Ruiz …. The Swede said": a person
		// named after the verb yields to the sentence's subject
		if !m.org && c.att < 0 && !r.sentenceSubject(c.r.a) {
			if k := r.personSubject(j, m.gender); k >= 0 {
				return k
			}
		}
		return j
	}
	return -1
}

// speakersBody returns the body of the person who spoke last before
// mention i, in its paragraph or the one before, when that body is of the
// description's kind: the body named before the person's role ("Carrow
// manager Steve Holt") or after it ("Ada Lin, chief executive of Pellam,");
// -1 if none.
func (r *resolver) speakersBody(i, para int, head string) int {
	f := r.f
	s, ok := r.recentSpeaker(i, para)
	if !ok {
		return -1
	}
	for k := 0; k < i; k++ {
		c := r.mentions[k]
		if c.canonical != s.canonical || c.pronoun {
			continue
		}
		// a body just before the name, joined by role words only
		if k > 0 {
			if b := r.mentions[k-1]; b.named && (b.org || !b.person && r.properName(b)) && r.premodifies(b, c) && bodyOfKind(b.canonical, head) {
				return k - 1
			}
		}
		// a body linked after the role in an apposition: "Ada Lin, chief
		// executive of Pellam,"
		if f.is(c.r.b, ",") {
			for n := k + 1; n < len(r.mentions) && r.mentions[n].r.a < c.r.b+8; n++ {
				b := r.mentions[n]
				if f.is(b.r.a-1, ",") {
					break
				}
				if b.named && (b.org || !b.person) && phraseLinks[f.low(b.r.a-1)] && bodyOfKind(b.canonical, head) {
					return n
				}
			}
		}
	}
	return -1
}

// nearbyBody returns the nearest named organisation before mention i, in
// its paragraph or the one before, that opens a sentence or speaks, outside
// statements, and whose name holds no institution's word of another kind
// than head ("Ashcombe Rovers" for "the club", not "Eastmoor Council"); -1
// if none.
func (r *resolver) nearbyBody(i, para int, head string) int {
	f := r.f
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if !r.withinReach(c, para) {
			return -1
		}
		// a named police force is plural to "they" and yet "the force"
		if c.pronoun || !c.named || c.plural && head != "force" || c.doc || r.inStatement(c.r.a) && !r.contentSubject(c.r.a) {
			continue
		}
		if c.org && (c.att >= 0 || r.sentenceSubject(c.r.a)) && r.properName(c) && bodyOfKind(c.canonical, head) {
			return j
		}
		// "Ofwater fined the company … The regulator said": a one-word
		// name of no known kind that opens a sentence
		if !c.person && !c.org && !c.plural && !r.personKnown(c) && c.r.b-c.r.a == 1 && r.sentenceSubject(c.r.a) && r.properName(c) &&
			(c.att >= 0 || r.midCapCount(f.toks[c.r.a].text) > 0) {
			return j
		}
	}
	return -1
}

// scholarHeads are the wide words for someone who studies a field: any
// "-ologist" is one ("the scientist" for an epidemiologist).
var scholarHeads = words(`scientist researcher academic expert specialist`)

// synonymHead reports whether a description's head may stand for a
// mention's head h that is another word for it.
func synonymHead(head, h string) bool {
	if hasWord(headSynonyms[head], h) {
		return true
	}
	return scholarHeads[head] && (strings.HasSuffix(h, "ologist") || strings.HasSuffix(h, "ician") && h != "politician" || scholarHeads[h] && h != head)
}

// roleKin reports whether a person's description head and a mention's
// head h are other words for one role through a third ("the visitors'
// boss" for a coach: a boss may be a manager, and a manager a coach). Only
// people's roles chain so; bodies' kinds do not ("the watchdog" is no
// council).
func roleKin(head, h string) bool {
	for _, s := range headSynonyms[head] {
		if hasWord(headSynonyms[s], h) && !orgRoles[s] && !orgRoles[h] {
			return true
		}
	}
	return false
}

// personMakers are the "-maker" nouns that name people, not companies
// ("the lawmaker", not "the chipmaker").
var personMakers = words(`lawmaker policymaker policy-maker filmmaker film-maker peacemaker
	troublemaker dressmaker shoemaker homemaker matchmaker playmaker kingmaker decision-maker
	holidaymaker haymaker`)

// headSynonyms are the heads a description's head may stand for besides
// its own: a wider or other word for a person's role ("the lawmaker" for a
// senator, "the boss" for a chief executive, "the chief executive" for a
// CEO) or a body's kind ("the charity" for a trust, "the watchdog" for an
// authority, "the force" for a police force).
var headSynonyms = map[string][]string{
	"boss":        {"executive", "ceo", "chief", "director", "manager", "owner", "head", "chairman", "chairwoman", "chair", "founder"},
	"executive":   {"ceo"},
	"ceo":         {"executive"},
	"chief":       {"ceo", "executive", "head"},
	"lawmaker":    {"senator", "mp", "msp", "mep", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman", "legislator", "deputy"},
	"legislator":  {"senator", "mp", "msp", "mep", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman", "lawmaker", "deputy"},
	"politician":  {"senator", "mp", "msp", "mep", "representative", "congressman", "congresswoman", "lawmaker", "legislator", "minister", "mayor", "councillor", "leader"},
	"skipper":     {"captain"},
	"captain":     {"skipper"},
	"manager":     {"boss", "coach"},
	"coach":       {"manager", "trainer"},
	"officer":     {"constable", "sergeant", "inspector", "detective", "superintendent", "pc"},
	"detective":   {"inspector", "sergeant", "constable", "det"},
	"doctor":      {"dr", "surgeon", "physician", "gp", "consultant", "psychiatrist", "paediatrician"},
	"surgeon":     {"doctor", "dr"},
	"physician":   {"doctor", "dr"},
	"academic":    {"professor", "lecturer", "researcher", "scientist"},
	"researcher":  {"professor", "scientist", "academic"},
	"scientist":   {"researcher", "professor"},
	"lawyer":      {"barrister", "solicitor", "attorney", "kc", "qc", "counsel", "advocate"},
	"barrister":   {"kc", "qc", "lawyer", "counsel"},
	"pm":          {"prime"},
	"premier":     {"prime"},
	"head":        {"headteacher", "headmaster", "headmistress", "principal"},
	"headteacher": {"head", "principal", "headmaster", "headmistress"},
	"teacher":     {"headteacher", "principal"},
	"watchdog":    {"regulator", "authority", "commission", "ombudsman", "inspectorate", "office"},
	"regulator":   {"authority", "commission", "watchdog", "inspectorate", "office", "ombudsman"},
	"charity":     {"trust", "foundation", "fund", "appeal", "society"},
	"lender":      {"bank", "society"},
	"airline":     {"airways", "airlines", "air"},
	"carrier":     {"airways", "airlines", "air", "ferries", "lines", "shipping"},
	"broadcaster": {"tv", "radio", "television", "channel", "news"},
	"operator":    {"rail", "railways", "trains", "lines", "ferries", "buses", "networks", "airport"},
	"force":       {"police", "constabulary"},
	"university":  {"college"},
	"hospital":    {"infirmary", "clinic"},
	"authority":   {"council"},
	"government":  {"administration", "executive"},
	"study":       {"trial", "paper", "research", "survey", "experiment", "preprint"},
	"paper":       {"study", "trial", "research", "preprint"},
	"preprint":    {"study", "paper", "research"},
	"trial":       {"study", "experiment"},
	"research":    {"study", "paper", "trial"},
}

// teamWords end the names of sports clubs ("Ashcombe Rovers", "Harbourside
// FC").
var teamWords = words(`fc afc united rovers athletic wanderers albion rangers city town county
	hotspur villa rugby cricket`)

// bodyOfKind reports whether a body's name may be described by head: its
// institution's words, if any, include head ("Eastmoor District Council" is
// "the council", not "the club"); a club's by a team's word.
func bodyOfKind(name, head string) bool {
	kinds := 0
	for _, w := range strings.Fields(name) {
		b := singular(bare(w))
		if b == head || (head == "club" || head == "team" || head == "side") && teamWords[b] || hasWord(headSynonyms[head], b) {
			return true
		}
		if orgHeads[b] || companySuffixes[b] {
			kinds++
		}
	}
	return kinds == 0
}

// properName reports whether a mention is a name and not a capitalised
// word that opens a sentence ("Good morning."): several words, or a word
// capitalised somewhere else than at a sentence's start.
func (r *resolver) properName(c mention) bool {
	f := r.f
	if c.r.b-c.r.a > 1 || c.att >= 0 {
		return true // several words, or a name that speaks
	}
	w := strings.TrimSuffix(strings.TrimSuffix(f.toks[c.r.a].text, "'s"), "’s")
	lower := strings.ToLower(w)
	if strings.HasSuffix(lower, "ed") || strings.HasSuffix(lower, "ing") {
		return false // "Pressed on the delays, …", "Speaking on Monday, …"
	}
	if r.writtenLower(lower) {
		return false // "Turnout was …" and later "turnout in …": a common word
	}
	if n := r.midCapCount(w); n > 1 || n == 1 && !r.sentStart[c.r.a] {
		return true // capitalised where no sentence starts
	}
	return !functionWords[lower] // never written in lower case: a name ("Westgrid, which runs …")
}

// indexWords records, once, where sentences start.
func (r *resolver) indexWords() {
	if r.sentStart != nil {
		return
	}
	r.sentStart = map[int]bool{}
	for _, s := range r.f.sents {
		r.sentStart[s.t0] = true
	}
}

// indexCase records, once, the words written in lower case, where, and how
// often each word is capitalised away from a sentence's start (a
// possessive counted as its name). Only the fallbacks that weigh a
// capitalised word need it.
func (r *resolver) indexCase() {
	if r.lowerWords != nil {
		return
	}
	r.indexWords()
	f := r.f
	n := len(f.toks) / 8 // distinct lower-case words, about
	r.lowerWords, r.midCaps = make(map[string]bool, n), make(map[string]int, n/4)
	for k, t := range f.toks {
		if t.kind != tWord {
			continue
		}
		if !isCap(t.text) {
			r.lowerWords[t.text] = true
			continue
		}
		if !r.sentStart[k] {
			r.midCaps[strings.TrimSuffix(strings.TrimSuffix(t.text, "'s"), "’s")]++
		}
	}
}

// sentenceSubject reports whether token k opens a sentence or a
// statement's content.
func (r *resolver) sentenceSubject(k int) bool {
	if r.contentSubject(k) {
		return true
	}
	r.indexWords()
	return r.sentStart[k] || r.sentStart[k-1] && r.f.word(k-1) && isDeterminer(r.f.low(k-1))
}

// contentSubject reports whether token k opens a statement's content ("Orrin
// Semiconductor will cut …, the chipmaker said").
func (r *resolver) contentSubject(k int) bool {
	if r.contentStarts == nil {
		r.contentStarts = map[int]bool{}
		for _, a := range r.f.atts {
			if !a.dropped {
				r.contentStarts[a.content.a] = true
			}
		}
	}
	return r.contentStarts[k]
}

// salientCompany returns the company a company's description stands for:
// the name an earlier description or "it" resolved to as an organisation,
// or that is a company by its name, named most so far; -1 if none.
func (r *resolver) salientCompany(i int) int {
	return r.mostNamed(i, func(c mention) bool {
		return c.canonical != "" && !c.plural && (r.orgNames[c.canonical] || c.named && c.org && r.company(c))
	}, nil)
}

// mostNamed returns, of the mentions before mention i in its zone that
// keep accepts, the latest of the canonical name they give most often,
// a mention that opens its sentence or speaks weighing half as much again
// (among names fit accepts, when fit is not nil); -1 if none. Ties go to
// the latest.
func (r *resolver) mostNamed(i int, keep func(mention) bool, fit func(name string) bool) int {
	f := r.f
	zone := f.paraZone[f.toks[r.mentions[i].r.a].para]
	count := map[string]int{}
	latest := map[string]int{}
	for j := 0; j < i; j++ {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone || !keep(c) {
			continue
		}
		// a name that opens its sentence or speaks is what the text is
		// about more than one named in passing ("Maya Chen, 41, runs a
		// bakery …. Her sister Lin Chen helps on Saturdays.")
		count[c.canonical] += 2
		if c.att >= 0 || r.sentenceSubject(c.r.a) {
			count[c.canonical]++
		}
		latest[c.canonical] = j
	}
	best, bestN := -1, 0
	for name, n := range count {
		if fit != nil && !fit(name) {
			continue
		}
		if j := latest[name]; n > bestN || n == bestN && j > best {
			best, bestN = j, n
		}
	}
	return best
}

// company reports whether an organisation mention is a company rather than
// a public body: a company suffix, or a name whose last word is no
// institution's.
func (r *resolver) company(c mention) bool {
	ws := strings.Fields(c.canonical)
	if len(ws) == 0 || !c.named {
		return false
	}
	last := bare(ws[len(ws)-1])
	if hasWord(r.f.nameKinds(c.canonical), "campaign") {
		return false // "Hollin Edge Action Group"
	}
	if len(ws) == 1 && pluralLetters(ws[0]) {
		return false // "my DMs are open", "two NGOs": a kind of thing, no one firm
	}
	return companySuffixes[last] || !publicBodies[singular(last)] && !hasPublicBody(ws)
}

func hasPublicBody(ws []string) bool {
	for _, w := range ws {
		if isCap(w) && publicBodies[singular(bare(w))] {
			return true
		}
	}
	return false
}

func hasWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// salient returns the person named most often before mention i in its zone
// (speakers and bare names alike, or only people spoken about when
// speakers is false), of gender g when g is known and not known to be of
// the other gender; -1 if none. Ties go to the latest.
func (r *resolver) salient(i int, g byte, speakers bool) int {
	return r.mostNamed(i, func(c mention) bool {
		return !c.pronoun && c.person && !c.plural && c.named && (speakers || !r.spoke[c.canonical]) && !r.askedInQuestion(c)
	}, func(name string) bool {
		return g == 0 || r.genderOf(name) == 0 || r.genderOf(name) == g
	})
}

// salientOrg returns the organisation named most often before mention i
// in its zone ("It said …" three paragraphs after the company's name); -1
// if none. Ties go to the latest.
func (r *resolver) salientOrg(i int) int {
	return r.mostNamed(i, func(c mention) bool { return c.org && c.named && !c.plural }, nil)
}

// genderOf is the gender a canonical name was given by a title or by a
// pronoun resolved to it.
func (r *resolver) genderOf(name string) byte {
	return r.genders[name]
}

func sortMentions(ms []mention) {
	// a stable sort of indexes, then one copy of each mention: mentions are
	// large, and the speakers appended after the names would otherwise be
	// swapped one place at a time
	sortMentionsStable(ms)
}

// learn records a name under its last word, keeping the longest, earliest.
func (r *resolver) learn(name []string) {
	if len(name) == 0 {
		return
	}
	key := bare(name[len(name)-1])
	// "Ines Adaeze Okwuosa-Marlow" in an obituary's closing line after
	// "Ines Okwuosa-Marlow": a later, fuller spelling of a name the text has
	// spelt in full is the same name, and the first spelling stays canonical
	if old := r.surnames[key]; fullerSpelling(old, name) {
		name = old
	}
	if old, ok := r.surnames[key]; !ok || len(name) > len(old) || givenNameOverPlace(old, name) {
		r.surnames[key] = name
	}
	r.learnPaternalSurname(name)
	r.learnLongSurnames(name)
	if len(name) >= 2 {
		seen := false
		for _, o := range r.sharing[key] {
			seen = seen || joinedEqual(o, name)
		}
		if !seen {
			r.sharing[key] = append(r.sharing[key], name)
		}
	}
	if len(name) >= 2 {
		first := bare(name[0])
		if old, ok := r.firsts[first]; !ok {
			r.firsts[first] = name
		} else if old != nil && !joinedHasPrefix(old, name) && !joinedHasPrefix(name, old) {
			r.firsts[first] = nil // two names share it: no expansion
		}
	}
}

// fullerSpelling reports whether name spells the full name old (two words
// or more) again with words inside it: the same first and last words, and
// every word of old in order ("Ines Adaeze Okwuosa-Marlow" for "Ines
// Okwuosa-Marlow"). A name with another first word is another person's.
func fullerSpelling(old, name []string) bool {
	if len(old) < 2 || len(name) <= len(old) || bare(name[0]) != bare(old[0]) || bare(name[len(name)-1]) != bare(old[len(old)-1]) {
		return false
	}
	j := 0
	for _, w := range name {
		if j < len(old) && bare(w) == bare(old[j]) {
			j++
		}
	}
	return j == len(old)
}

// givenNameOverPlace reports whether a later name as long as the one
// learnt first is a person's (it opens with a given name) while the first
// is not: "Deborah Lane" after the street "Mill Lane".
func givenNameOverPlace(old, name []string) bool {
	return len(old) == len(name) && len(name) >= 2 && givenGender(name[0]) != 0 && givenGender(old[0]) == 0
}

// learnPaternalSurname records a three-word person's name under its
// middle word too, the first of two surnames in Spanish
// and Portuguese use ("Aurelio Montejo Ruiz", later "Montejo"), unless the
// middle word is a given name itself (a longer name ending in the word
// wins over it when the surname alone is resolved).
func (r *resolver) learnPaternalSurname(name []string) {
	if len(name) != 3 || !isCap(name[0]) || givenGender(name[1]) != 0 || !isCap(name[1]) || !isCap(name[2]) || hasOrgHead(name) || modifierTitleEnds(name, 2) {
		return
	}
	mid := bare(name[1])
	if _, ok := r.paternal[mid]; !ok {
		r.paternal[mid] = name
	}
}

// learnPairs records two people named together outside quotations: "Tom
// and Carol Hadfield" (and learns "Tom Hadfield" from it), "Ada Lin and
// Tom Rudd". "The couple" and "the pair" stand for the pair.
func (r *resolver) learnPairs(runs []rng) {
	f := r.f
	for k := 0; k+1 < len(runs); k++ {
		a, b := runs[k], runs[k+1]
		if b.a != a.b+1 || f.low(a.b) != "and" {
			continue
		}
		wa, wb := f.phraseWords(a), f.phraseWords(b)
		if hasOrgHead(wa) || hasOrgHead(wb) || len(wb) < 2 || len(personName(wb)) < 2 {
			continue
		}
		switch {
		// "Tom and Carol Hadfield"; "Jan and Peter Holm", one given name
		// known and the other no surname the text uses
		case len(wa) == 1 && (givenGender(wa[0]) != 0 || givenGender(wb[0]) != 0 && len(r.surnames[bare(wa[0])]) < 2 && !acronym(wa[0])):
			r.learn([]string{wa[0], wb[len(wb)-1]})
		// "Ollie Grant and Sam Patel": two full names, given names known or
		// not
		case len(personName(wa)) == 2 && len(personName(wb)) == 2 || len(personName(wa)) >= 2 && (givenGender(wa[0]) != 0 || givenGender(wb[0]) != 0):
		default:
			continue
		}
		// "Comedians Ali Rahman and Beth Cole": the pair is the names, not
		// the role before them
		start := a.a
		for extra := len(wa) - len(personName(wa)); extra > 0 && start < a.b && len(personName(wa)) > 0; start++ {
			if f.word(start) {
				extra--
			}
		}
		r.pairs = append(r.pairs, rng{start, b.b})
	}
}

// pairBefore returns the last pair named before token k in its zone, or an
// empty range.
func (r *resolver) pairBefore(k int) rng {
	f := r.f
	for n := len(r.pairs) - 1; n >= 0; n-- {
		p := r.pairs[n]
		if p.b <= k && f.paraZone[f.toks[p.a].para] == f.paraZone[f.toks[k].para] {
			return p
		}
	}
	return rng{}
}

// resolveKin links a relative named by a possessive ("Her husband", "His
// wife") to the one person of the relative's gender who shares the
// surname of the possessor, the nearest named person of the possessive's
// gender before it ("Tom and Carol Hadfield … Mrs Hadfield said … Her
// husband said"); spouses only, as children and parents may bear
// another name.
func (r *resolver) resolveKin(i int) {
	f := r.f
	m := &r.mentions[i]
	ws := f.phraseWords(m.r)
	if len(ws) != 2 || !spouseWords[bare(ws[1])] {
		return
	}
	pg := byte('f')
	if bare(ws[0]) == "his" {
		pg = 'm'
	}
	kg := kinGender(bare(ws[1]))
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.toks[c.r.a].para < f.toks[m.r.a].para-2 {
			return
		}
		cg := c.gender
		if cg == 0 {
			cg = r.genders[c.canonical]
		}
		if c.pronoun || !c.named || !c.person || c.org || cg != pg {
			continue
		}
		names := strings.Fields(c.canonical)
		if len(names) < 2 {
			return
		}
		var found []string
		for _, n := range r.sharing[bare(names[len(names)-1])] {
			ng := r.genders[strings.Join(n, " ")]
			if ng == 0 {
				ng = givenGender(n[0])
			}
			if strings.Join(n, " ") != c.canonical && (kg == 0 || ng == kg) {
				if found != nil {
					return
				}
				found = n
			}
		}
		if found != nil {
			m.canonical, m.named = strings.Join(found, " "), true
			if m.gender == 0 {
				m.gender = kg
			}
		}
		return
	}
}

// namedForce returns the name of the one police force named in mention
// i's zone ("Westmere Police", "Northshire Constabulary"), before or after
// it; "" when none or several.
func (r *resolver) namedForce(i int) string {
	f := r.f
	zone := f.paraZone[f.toks[r.mentions[i].r.a].para]
	force := ""
	for _, c := range r.mentions {
		ws := strings.Fields(c.canonical)
		if !c.named || len(ws) < 2 || f.paraZone[f.toks[c.r.a].para] != zone {
			continue
		}
		if l := bare(ws[len(ws)-1]); l != "police" && l != "constabulary" {
			continue
		}
		if force != "" && force != c.canonical {
			return ""
		}
		force = c.canonical
	}
	if force == "" {
		force = r.forceInText(zone)
	}
	return force
}

// forceInText finds the one police force the zone names where no mention
// holds it, inside a speaker's phrase ("Det. Sgt. Owen Pryor of Hollinshire
// Constabulary"): capitalised name words before a capitalised "Police" or
// "Constabulary". It returns "" when there is none or more than one.
func (r *resolver) forceInText(zone string) string {
	f := r.f
	force := ""
	for k := 1; k < len(f.toks); k++ {
		if l := f.low(k); l != "police" && l != "constabulary" || !isCap(f.toks[k].text) || f.paraZone[f.toks[k].para] != zone {
			continue
		}
		j := k
		for j > 0 && f.nameWord(j-1) && f.toks[j-1].para == f.toks[k].para && !f.sentStartTok(j-1) {
			j--
		}
		if j == k {
			continue
		}
		name := strings.Join(f.phraseWords(rng{j, k + 1}), " ")
		if force != "" && force != name {
			return ""
		}
		force = name
	}
	return force
}

// sentStartTok reports whether token k follows a sentence's end or opens
// its paragraph, where a capital tells nothing.
func (f *finder) sentStartTok(k int) bool {
	return k == 0 || f.toks[k-1].para != f.toks[k].para || f.is(k-1, ".") && !f.abbrevDot(k-1) || f.is(k-1, "?") || f.is(k-1, "!")
}

// proxyNouns name a body by the person whose it is: "Hanbury's campaign",
// "Mr Renwick's office", "Oyelaran’s team" (ownerCanonical, ownerInFull).
var proxyNouns = words(`office team campaign`)

// pronounProxyNouns speak for the person a possessive pronoun points to,
// in the person's stead: "her office said", "his campaign said" are the
// person's office or campaign (resolveProxy). "Her team found" is a team
// reporting its own work: a description like any other, its determiner
// dropped ("team").
var pronounProxyNouns = words(`office campaign`)

// resolveProxy names a person's office by the person: "her office said"
// after "The summit's president, Oksana Dreyer, said" is "Oksana Dreyer's
// office", the nearest named person of the possessive's gender.
func (r *resolver) resolveProxy(i int) {
	f := r.f
	m := &r.mentions[i]
	g := byte('f')
	if f.low(m.r.a) == "his" {
		g = 'm'
	}
	// a person of the pronoun's gender first, then one whose gender
	// nothing tells ("Senator Dana Ruiz did not attend. Her office said")
	for _, strict := range []bool{true, false} {
		for j := i - 1; j >= 0; j-- {
			c := r.mentions[j]
			if f.toks[c.r.a].para < f.toks[m.r.a].para-1 {
				break
			}
			for c.pronoun && c.antecedent >= 0 {
				c = r.mentions[c.antecedent]
			}
			cg := c.gender
			if cg == 0 {
				cg = r.genders[c.canonical]
			}
			if c.pronoun || !c.named || !c.person || c.org || cg != g && (strict || cg != 0) || len(strings.Fields(c.canonical)) < 2 {
				continue
			}
			m.canonical = c.canonical + "'s " + f.low(m.r.a+1)
			return
		}
	}
}

// ownerCanonical names a person's office, team or campaign by the person's
// name without titles: "Gov. Helen Strand's office" → "Helen Strand's
// office", as "her office" is named after the person (resolveProxy); ""
// when the phrase is no such thing.
func ownerCanonical(ws []string) string {
	n := len(ws)
	if n < 3 || !proxyNouns[bare(ws[n-1])] || !possessiveWord(ws[n-2]) {
		return ""
	}
	owner := append([]string(nil), ws[:n-2]...)
	last := ws[n-2]
	suffix := last[len(last)-len("'s"):]
	if strings.HasSuffix(last, "’s") {
		suffix = "’s"
	}
	owner = append(owner, strings.TrimSuffix(last, suffix))
	person := personName(owner)
	if len(person) < 2 || !hasTitle(owner) && len(person) == len(trimDeterminer(owner)) {
		return ""
	}
	return strings.Join(person, " ") + suffix + " " + ws[n-1]
}

// ownedDocument names "the department's 2025 report" by the body's name
// when the story gave it before ("the state Department of Revenue's annual
// reports"): the nearest capitalised name holding the body's noun, in this
// paragraph or the four before, outside quotations.
func (r *resolver) ownedDocument(i int) {
	f := r.f
	m := &r.mentions[i]
	owner := f.toks[m.r.a+1].text
	head := bare(possessiveBase(owner))
	para := f.toks[m.r.a].para
	for k := m.r.a - 1; k >= 0 && f.toks[k].para >= para-4; k-- {
		if !f.nameWord(k) || f.quoted(k) || bare(possessiveBase(f.toks[k].text)) != head || !isCap(f.toks[k].text) {
			continue
		}
		a, b := k, k+1
		for a-1 >= 0 && f.nameWord(a-1) && !functionWords[f.low(a-1)] {
			a--
		}
		for b < len(f.toks) && !possessiveWord(f.toks[b-1].text) && (f.nameWord(b) || f.word(b) && nameParticles[f.low(b)] && f.nameWord(b+1)) {
			b++
		}
		ws := f.phraseWords(rng{a, b})
		ws[len(ws)-1] = possessiveBase(ws[len(ws)-1])
		if len(ws) < 2 {
			continue
		}
		suffix := "'s"
		if strings.HasSuffix(owner, "’s") {
			suffix = "’s"
		}
		m.canonical = strings.Join(ws, " ") + suffix + " " + strings.Join(f.phraseWords(rng{m.r.a + 2, m.r.b}), " ")
		return
	}
}

// quoter returns the canonical name of the speaker of the statement that
// mention i speaks inside, or "".
func (r *resolver) quoter(i int) string {
	f := r.f
	m := r.mentions[i]
	if m.att < 0 || f.atts[m.att].nestedIn < 0 {
		return ""
	}
	if o, ok := r.bySpeaker[f.atts[m.att].nestedIn]; ok && o != i {
		return r.mentions[o].canonical
	}
	return ""
}

// spokesRoles speak for a body and for nothing else.
var spokesRoles = words(`spokesman spokeswoman spokesperson`)

// spokesBody names a bare "a spokesman" by the first body its own sentence
// names before it, the one a question was put to or the subject of what
// happened ("Asked whether the university had considered merging the
// school …, a spokesman said" → the spokesman for the university), as "a
// spokesman for the university" is named: a body's name, or "the" and a
// body's noun in lower case.
func (r *resolver) spokesBody(i int) {
	f := r.f
	m := &r.mentions[i]
	s0 := f.sents[f.sentOfTok(m.r.a)].t0
	for k := s0; k < m.r.a; k++ {
		if !f.word(k) || f.quoted(k) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if c := r.mentions[j]; c.r.b == k+1 && c.org && c.named && c.canonical != "" {
				m.canonical = f.low(m.r.a+1) + " for " + c.canonical
				return
			}
		}
		if f.low(k-1) == "the" && !isCap(f.toks[k].text) && orgHeads[f.low(k)] && !(f.word(k+1) && orgHeads[f.low(k+1)]) {
			m.canonical = f.low(m.r.a+1) + " for the " + f.low(k)
			return
		}
	}
}

// pluralDemonym reports whether w names people by origin in the plural
// ("Brazilians", "Swedes").
func pluralDemonym(w string) bool {
	return isCap(w) && strings.HasSuffix(w, "s") && demonym(strings.TrimSuffix(w, "s"))
}

// demonymPhrase returns, for "The Brazilians" (mention i), the words
// "Brazilian delegation" where the text named a body by that demonym
// before it; "" if none.
func (r *resolver) demonymPhrase(i int) string {
	f := r.f
	m := r.mentions[i]
	one := strings.TrimSuffix(f.toks[m.r.a+1].text, "s")
	for k := m.r.a - 1; k >= 0 && f.toks[k].para >= f.toks[m.r.a].para-2; k-- {
		if f.toks[k].text == one && f.word(k+1) && !isCap(f.toks[k+1].text) && !f.quoted(k) && !functionWords[f.low(k+1)] && modifier(f.toks[k+1]) {
			return one + " " + f.toks[k+1].text
		}
	}
	return ""
}

// pairNouns stand for two people named together.
var pairNouns = words(`couple pair duo`)

// spouseWords name a spouse by a possessive.
var spouseWords = words(`husband wife partner spouse`)

// learnInitials records a name of several capitalised words under its
// initials ("Royal College of Nursing" → "RCN"), the first name to have them.
func (r *resolver) learnInitials(name []string) {
	var b strings.Builder
	for _, w := range name {
		if isCap(w) && !determiners[bare(w)] {
			for _, c := range w {
				b.WriteRune(c)
				break
			}
		}
	}
	if k := b.String(); len(k) >= 2 && r.initials[k] == "" {
		r.initials[k] = strings.Join(name, " ")
	}
}

// sameSurname returns, for a surname alone whose title tells a gender
// ("Mr Crane"), the one full name of that gender among the several that end
// in it; nil otherwise.
func (r *resolver) sameSurname(person []string, g byte) []string {
	names := r.sharing[bare(person[len(person)-1])]
	if len(person) != 1 || g == 0 || len(names) < 2 {
		return nil
	}
	// "Jan and Peter Holm" … "Mrs Holm": the one of the title's gender,
	// else the only one not known to be of the other
	var found, open []string
	opens := 0
	for _, n := range names {
		ng := r.genders[strings.Join(n, " ")]
		if ng == 0 {
			ng = givenGender(n[0])
		}
		switch ng {
		case g:
			if found != nil {
				return nil
			}
			found = n
		case 0:
			open = n
			opens++
		}
	}
	if found == nil && opens == 1 {
		return open
	}
	return found
}

// surnameOnly reports whether a word is the last word of a known name, so
// that it names that one, not a longer name it also opens.
func (r *resolver) surnameOnly(w string) bool {
	return len(r.surnames[bare(w)]) > 1
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
			// "Grampian & Northern Bank", "Brindle & Co."
			if f.ampersand(j) {
				j++
				continue
			}
			// "Ingrid van der Berg", "Luis de la Cruz": one or two particles
			if n := f.particles(j); n > 0 && f.nameWord(j+n) {
				j += n
				continue
			}
			// "Fédération agricole du Rhône", "Compagnie nationale du Rhône":
			// a Romance body's name keeps its lower-case adjectives
			if n := f.romanceInner(i, j); n > 0 {
				j += n
				continue
			}
			// "Institute for Ice and Ocean Studies", not "Tom Becker and Luis Ortega"
			if f.word(j) && f.low(j) == "and" && f.nameWord(j+1) && f.orgAnd(i, j, f.nameEnd(j+1, len(f.toks))) {
				j++
				continue
			}
			break
		}
		runs = append(runs, rng{i, j})
		i = j
	}
	return f.splitJoined(runs)
}

// splitJoined splits a name run that is two names the text gives apart
// elsewhere, joined where a line or a box lost its break ("Odile
// Marchetti-Shaw Gannet Books, 384pp" beside "Odile Marchetti-Shaw’s" and
// "Gannet Books said"): the first part opens another run, the rest is a
// whole run of its own, each of two words or more.
func (f *finder) splitJoined(runs []rng) []rng {
	kr := runKeyer{f: f}
	words := func(a, b int) int {
		n := 0
		for k := a; k < b; k++ {
			if f.toks[k].kind == tWord {
				n++
			}
		}
		return n
	}
	var whole map[string]int
	var keys []string // each run's key
	var out []rng
	for ri, run := range runs {
		if words(run.a, run.b) < 4 {
			out = append(out, run)
			continue
		}
		if whole == nil {
			whole = map[string]int{}
			keys = make([]string, len(runs))
			for oi, o := range runs {
				keys[oi] = string(kr.at(o.a, o.b))
				whole[keys[oi]]++
			}
		}
		split := -1
		for k := run.a + 2; k <= run.b-2 && split < 0; k++ {
			if f.toks[k].kind != tWord || !f.word(k-1) || words(run.a, k) < 2 || words(k, run.b) < 2 || whole[string(kr.at(k, run.b))] == 0 {
				continue
			}
			kr.setHead(run.a, k)
			for oi, o := range runs {
				if oi != ri && o.b-o.a >= k-run.a && kr.isHead(o.a, o.a+(k-run.a)) && keys[oi] != keys[ri] {
					split = k
					break
				}
			}
		}
		if split < 0 {
			out = append(out, run)
			continue
		}
		out = append(out, rng{run.a, split}, rng{split, run.b})
	}
	return out
}

// possessiveBase strips a possessive ending from a lower-case word.
func possessiveBase(w string) string {
	for _, s := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return strings.TrimSuffix(w, s)
		}
	}
	return w
}

// particles counts the name particles, at most two, from token j.
func (f *finder) particles(j int) int {
	n := 0
	for n < 2 && f.word(j+n) && !f.quoted(j+n) && nameParticles[f.low(j+n)] {
		n++
	}
	return n
}

// romanceHeads open the names of bodies in French, Spanish, Italian and
// Portuguese, whose adjectives stay in lower case.
var romanceHeads = words(`federation compagnie societe institut agence ministere conseil syndicat banque caisse
	confederation association office union groupe centre comite direction chambre autorite
	compania sociedad instituto agencia ministerio consejo confederacion asociacion federacion banco
	camara comision compagnia societa istituto agenzia ministero consiglio federazione associazione
	banca camera commissione companhia sociedade associacao federacao`)

// romanceLinked reports whether the lower-case words after a Romance
// body's head lead by a particle to a capitalised word ("Compagnie
// nationale du Rhône"), as no English role does ("Union official Tom Reed").
func romanceLinked(ws []string) bool {
	for k := 1; k+1 < len(ws); k++ {
		if isCap(ws[k]) {
			return false
		}
		if nameParticles[bare(ws[k])] {
			return isCap(ws[k+1])
		}
	}
	return false
}

// romanceInner returns how many lower-case words, with the particle after
// them, continue the name run [i, j) whose first word is a Romance body's
// head ("Fédération" + "agricole du" + "Rhône"); 0 if none.
func (f *finder) romanceInner(i, j int) int {
	if !romanceHeads[foldAccents(f.low(i))] {
		return 0
	}
	for n := 1; n <= 3 && j+n < len(f.toks); n++ {
		k := j + n - 1
		if !f.word(k) || f.quoted(k) || isCap(f.toks[k].text) {
			return 0
		}
		if nameParticles[f.low(k)] && n > 1 && f.nameWord(k+1) {
			return n
		}
		if nameParticles[f.low(k)] || functionWords[f.low(k)] {
			return 0
		}
	}
	return 0
}

// linkedName reports whether the name run lies inside the speaker phrase
// sp after a word that links it to the phrase's head ("of", "for", "at",
// "from", "by"), with an optional determiner.
func (f *finder) linkedName(sp, run rng) bool {
	if run.a <= sp.a || run.b > sp.b {
		return false
	}
	k := run.a - 1
	if f.word(k) && isDeterminer(f.low(k)) {
		k--
	}
	return k > sp.a && f.word(k) && (phraseLinks[f.low(k)] || f.low(k) == "by")
}

// describe makes a mention of the phrase r, with its canonical name.
func (r *resolver) describe(p rng, att int) mention {
	f := r.f
	m := mention{r: p, att: att, antecedent: -1}
	// "Broker Dev Anand said", "Counsel Tom Price asked": a capitalised
	// common noun opening a sentence before a given name and a surname is
	// the person's role, not a third name
	if r.leadingRole(p) {
		role := f.low(p.a)
		p.a++
		m = r.describe(p, att)
		m.r.a--
		if !hasWord(m.heads, role) {
			m.heads = append(m.heads, role)
		}
		return m
	}
	ws := f.phraseWords(p)
	if att < 0 && placeName(ws) {
		return placeMention(m, ws)
	}
	// "Keep Our Banks Open, a campaign group …, said": the capitalised
	// words are one body's name, whatever words they are
	// (only where the ordinary reading would cut them short)
	if name := r.apposedBodyWords(p, ws); name != "" {
		if d := r.describeWords(append([]string(nil), ws...), m); d.canonical != name {
			d.org, d.person, d.named, d.plural, d.gender, d.canonical = true, false, true, false, 0, name
			return d
		}
	}
	orgBefore := att < 0 && f.word(p.a-1) && !f.quoted(p.a-1) && orgRoles[f.low(p.a-1)] && !f.nameWord(p.a-1)
	for k, w := range ws {
		b := bare(w)
		// "Her colleague Tom Hale": a possessive determiner tells the
		// gender of someone else
		if k == 0 && len(ws) > 1 && (b == "her" || b == "his") {
			continue
		}
		c := classesOf(b)
		switch {
		case c&inFemaleWords != 0, k == len(ws)-1 && kinGenderOf(c) == 'f':
			m.gender = 'f'
		case c&inMaleWords != 0, k == len(ws)-1 && kinGenderOf(c) == 'm':
			m.gender = 'm'
		}
		if c&inTitleWords != 0 || c&inRoleNouns != 0 && c&(inOrgRoles|inDocumentNouns) == 0 {
			m.person = true
		}
	}
	if len(ws) == 1 && pronouns[bare(ws[0])] {
		m.pronoun = true
		m.plural = bare(ws[0]) == "they"
		return m
	}
	// "Oyelaran’s team": the name without its possessive
	if n := len(ws); n > 0 && isCap(ws[n-1]) && possessiveWord(ws[n-1]) {
		ws[n-1] = strings.TrimSuffix(strings.TrimSuffix(ws[n-1], "'s"), "’s")
	}
	// "the Frenchwoman", "the Estonian": a person described by where she
	// is from, not a name
	// … in several words too: "the New Zealander", "the Sri Lankan"
	if n := len(ws); n >= 2 && n <= 3 && bare(ws[0]) == "the" && (originNoun(ws[1:]) || n == 2 && (partyMembers[bare(ws[1])] || r.placeDemonym(ws[1]))) && (n == 2 || !orgHeads[bare(ws[1])]) {
		m.person, m.heads = true, headForms(ws[n-1])
		if g := kinGender(bare(ws[n-1])); g != 0 {
			m.gender = g
		}
		m.canonical = strings.Join(ws[1:], " ")
		return m
	}
	// "Det. Sgt. Laura Kimani of the Stowbridge Economic Crime Unit": the
	// person speaks; the body says where she works.
	if k := personLinkAt(ws); k > 0 {
		return r.describeWords(ws[:k], m)
	}
	// "a family statement", "a police statement": a statement named by
	// who issued it speaks for them
	if t := trimDeterminer(ws); len(t) == 2 && bare(t[1]) == "statement" && !isCap(t[0]) && (roleNouns[bare(t[0])] || orgRoles[bare(t[0])]) {
		return r.describeWords([]string{"the", t[0]}, m)
	}
	// "the Fares Monitor compiled by Eastfield College": a named source
	// and who makes it; the source is the name before the participle
	if k := namedWorkAt(ws); k > 0 {
		return r.describeWords(ws[:k], m)
	}
	// "a review commissioned by the board": a document and who made it
	if k := documentAt(ws); k > 0 {
		m.doc, m.person = true, false
		m.heads = []string{singular(bare(ws[k-1]))}
		m.canonical = strings.Join(trimDeterminer(ws), " ")
		return m
	}
	// "Observers from the Organisation for …", "a diplomat in the capital",
	// "A spokesperson for Westlink Power": the role before the link decides
	// person and number; the whole phrase is the canonical name.
	if k := linkedAt(ws); k > 0 {
		head := r.describeWords(ws[:k], m)
		head.canonical = strings.Join(trimDeterminer(ws), " ")
		if owned := r.ownerInFull(ws); owned != "" {
			head.canonical = owned // "spokesperson for Yusuf Harkness’s campaign"
		}
		return head
	}
	m = r.describeWords(ws, m)
	if orgBefore && m.named {
		m.org, m.person = true, false // "the association Fleuves Vivants"
	}
	return m
}

// leadingRole reports whether the phrase p is three capitalised words
// opening a sentence whose first is a common noun: a role word, a noun of
// what someone does ("Broker"), a word the text writes in lower case, or
// any word before a known given name ("Counsel Tom Price"), and not itself
// a given name or a title.
func (r *resolver) leadingRole(p rng) bool {
	f := r.f
	if p.b-p.a != 3 || !f.word(p.a) || !f.word(p.a+1) || !f.word(p.a+2) {
		return false
	}
	r.indexWords()
	first, second := f.toks[p.a].text, f.toks[p.a+1].text
	b := f.low(p.a)
	if !r.sentStart[p.a] || !isCap(first) || !isCap(second) || !isCap(f.toks[p.a+2].text) || titleWords[b] || givenGender(first) != 0 ||
		orgRoles[b] || orgHeads[b] || acronym(first) || demonym(first) || determiners[b] || functionWords[b] ||
		hasOrgHead(f.phraseWords(p)) || companySuffixes[bare(f.toks[p.a+2].text)] || f.bodyApposedAfter(p) {
		return false // "Jobs Ahead Carrigmore, a youth charity,": a body's name
	}
	// "Ines Adaeze Okwuosa-Marlow" after "Ines Okwuosa-Marlow": the first
	// word opens a name the text has spelt in full, a given name, no role
	if full := r.surnames[bare(f.toks[p.a+2].text)]; len(full) >= 2 && bare(full[0]) == b {
		return false
	}
	return roleNouns[b] || occupationTitles[b] || r.writtenLower(b) || givenGender(second) != 0 ||
		len(b) >= 5 && (strings.HasSuffix(b, "er") || strings.HasSuffix(b, "or") || strings.HasSuffix(b, "ist"))
}

// demonym reports whether a capitalised word names a person by origin
// ("Frenchwoman", "Scotsman", "Estonian", "Portuguese").
func demonym(w string) bool {
	b := bare(w)
	if !isCap(w) || orgHeads[b] || publicationHead(w) {
		return false
	}
	if shortDemonyms[b] {
		return true // "the Swede", "the Dane", "the Pole"
	}
	if len(b) < 5 {
		return false
	}
	// "Spaniard", "Savoyard": the older ending too (not any "-ard": "the
	// Standard", "the Guard", "Richard")
	if strings.HasSuffix(b, "iard") || strings.HasSuffix(b, "oyard") {
		return true
	}
	for _, suf := range []string{"woman", "man", "ian", "ean", "ese", "ish", "i"} {
		if strings.HasSuffix(b, suf) {
			return true
		}
	}
	return false
}

// originNoun reports whether the words ws name a person by origin: a
// demonym ("Estonian", "Spaniard"), or a capitalised place word and an
// "-er" noun ("New Zealander", "New Yorker"), which alone would be too
// wide ("the Speaker").
func originNoun(ws []string) bool {
	switch n := len(ws); {
	case n == 1:
		return demonym(ws[0])
	case n == 2:
		return isCap(ws[0]) && !publicationHead(ws[1]) && (demonym(ws[1]) || isCap(ws[1]) && strings.HasSuffix(bare(ws[1]), "er") && len(ws[1]) > 5)
	}
	return false
}

// placeOf reports whether the word h names the place a people by origin
// (the description's head) is from: "kenya" for "kenyan", "mexico" for
// "mexican", "brazil" for "brazilian" — the place without its last letter
// opens the people's word, which is a little longer.
func placeOf(people, h string) bool {
	h = strings.TrimRight(h, "'’")
	if len(h) < 4 || people == h || len(people)-len(h) > 4 || len(people) <= len(h)-1 {
		return false
	}
	return strings.HasPrefix(people, h[:len(h)-1]) && strings.HasSuffix(people, "n")
}

// placeDemonym reports whether the capitalised word w names people by a
// place the text names ("the Kenyan" where "Kenya's" or "in Kenya"
// stands), for the endings demonym leaves out as too wide.
func (r *resolver) placeDemonym(w string) bool {
	b := bare(w)
	if !isCap(w) || !strings.HasSuffix(b, "n") || orgHeads[b] {
		return false
	}
	for _, t := range r.f.toks {
		if t.kind == tWord && isCap(t.text) && t.low != b && placeOf(b, strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "’s")) {
			return true
		}
	}
	return false
}

// partyMembers name a person by party ("Senator Ruth Kane, a Democrat
// from Ohio," … "the Democrat said").
var partyMembers = words(`democrat republican conservative tory liberal socialist nationalist
	communist unionist libertarian centrist`)

// shortDemonyms name a person by origin without a demonym's usual ending.
var shortDemonyms = words(`swede dane finn pole scot brit turk greek czech slovak thai serb croat
	swiss basque kurd arab briton kiwi aussie yank uzbek kazakh tajik sikh maori inuit`)

// collectiveNouns speak as several people: "they", never "she" ("Her
// family said she died …").
var collectiveNouns = words(`family staff crew team couple household`)

// anonymousRoles speak for a body without being named ("a spokesperson for
// Westlink Power", "a lawyer for the family").
var anonymousRoles = words(`spokesman spokeswoman spokesperson official officials lawyer lawyers
	attorney attorneys representative representatives source sources aide aides adviser advisers
	advisor advisors employee employees worker workers member members insider insiders`)

// linkedAt finds where a role phrase links to the body or place it belongs
// to, or returns -1.
func linkedAt(ws []string) int {
	role := false
	anon := false
	for k, w := range ws {
		b := bare(w)
		if role && k+1 < len(ws) && (b == "from" || b == "in" || b == "at" || b == "with" ||
			(b == "for" || b == "of") && (determiners[bare(ws[k+1])] || anon && isCap(ws[k+1]))) {
			return k
		}
		if roleNouns[b] {
			role = true
			anon = anonymousRoles[b]
		}
	}
	return -1
}

// personLinkAt finds where a person's name links to the body they belong
// to ("Laura Kimani of the … Unit"), or returns -1.
func personLinkAt(ws []string) int {
	for k := 2; k+1 < len(ws); k++ {
		switch bare(ws[k]) {
		case "of", "from", "at", "with":
			if name := personName(ws[:k]); len(name) >= 2 && !hasOrgHead(name) && isCap(ws[k-1]) {
				return k
			}
			return -1
		}
	}
	return -1
}

// documentAt finds the participle that ties a document to its author
// ("a review commissioned by …"), or returns -1.
func documentAt(ws []string) int {
	for k := 1; k+1 < len(ws); k++ {
		if (documentParticiples[bare(ws[k])] || sourceLinkParticiples[bare(ws[k])]) && (documentNouns[bare(ws[k-1])] || documentNouns[singular(bare(ws[k-1]))]) || sentDocumentAt(ws, k) {
			return k
		}
	}
	return -1
}

// orgName is the capitalised name that ends a phrase, with the small words
// inside it ("the Kellhaven Chamber of Commerce and Industry" → "Kellhaven
// Chamber of Commerce and Industry", "Grid operator Westlink Power" →
// "Westlink Power"); nil when the phrase does not end in one.
func orgName(ws []string) []string {
	k := len(ws)
	for k > 0 {
		w := ws[k-1]
		b := bare(w)
		inner := k < len(ws) && (nameParticles[b] || b == "and" || b == "&") && k-2 >= 0 && isCap(ws[k-2])
		// "Information Commissioner's Office", "Women's Institute": a
		// possessive inside a body's name, its head capitalised after it
		inner = inner || k < len(ws) && possessiveWord(w) && isCap(w) && isCap(ws[k]) && orgHeads[bare(ws[len(ws)-1])]
		if !(isCap(w) && !determiners[b] && !possessiveWord(w)) && !inner {
			break
		}
		k--
	}
	return ws[k:]
}

func (r *resolver) describeWords(ws []string, m mention) mention {
	if name := trimDeterminer(ws); len(name) >= 3 && isCap(name[0]) && romanceHeads[foldAccents(bare(name[0]))] && !isCap(name[1]) && romanceLinked(name) {
		m.org, m.person, m.named = true, false, true
		m.canonical = strings.Join(name, " ")
		for _, w := range name {
			if isCap(w) {
				m.heads = append(m.heads, headForms(w)...)
			}
		}
		return m
	}
	if name := periodicalName(ws); name != nil {
		m.org, m.person, m.named = true, false, true
		m.canonical = strings.Join(name, " ")
		m.heads = append(m.heads, singular(bare(name[0])))
		return m
	}
	last := bare(ws[len(ws)-1])
	name := orgName(ws)
	// "Harlow & Webb": an ampersand joins a firm's names, never a person's
	if len(name) >= 3 && hasWord(name, "&") {
		m.org, m.person, m.named = true, false, true
		m.canonical = strings.Join(name, " ")
		m.heads = append(m.heads, headForms(name[len(name)-1])...)
		return m
	}
	// "The Marsh Review", "the Hollis Report": a name whose last word is a
	// document's noun names a document (no one's surname is "Review"),
	// which "The report", "The study" and "It" may take up later
	if n := len(name); n >= 2 && (documentNouns[singular(bare(name[n-1]))] || documentNameHeads[bare(name[n-1])]) && !possessiveWord(name[n-1]) &&
		givenGender(name[0]) == 0 && !hasTitle(name) && !hasOrgHead(name[:n-1]) {
		m.doc, m.person, m.org, m.named = true, false, false, true
		m.canonical = strings.Join(name, " ")
		m.heads = append(m.heads, singular(bare(name[n-1])))
		return m
	}
	for k, w := range ws {
		if bw := bare(w); classesOf(singular(bw))&(inRoleNouns|inRoleNounStems|inOrgHeads) != 0 && !possessiveWord(w) || isCap(w) && !determiners[bw] {
			if m.heads == nil {
				m.heads = r.f.wordList(2 * (len(ws) - k)) // room for this word's forms and the rest's, cut from the document's block of words
			}
			m.heads = append(m.heads, headForms(w)...)
		}
	}
	// "the minutes of that meeting": the noun before the link decides too
	core := last
	for k := 1; k < len(ws); k++ {
		if phraseLinks[bare(ws[k])] {
			core = bare(ws[k-1])
			break
		}
	}
	lastIn := classesOf(last)
	if (lastIn&inDocumentNouns != 0 || documentNouns[core]) && len(name) == 0 {
		m.doc, m.person = true, false
		m.canonical = strings.Join(trimDeterminer(ws), " ")
		return m
	}
	// "The head of Britain's largest water company", "a spokesperson for
	// the college": a person's role linked to a body is a person
	// ("the voivode of Lower Silesia": the capitalised words after the
	// link are a place, not the person)
	if len(ws) > 2 && isDeterminer(bare(ws[0])) && (len(r.f.personName(ws)) == 0 || roleLinkedToName(ws)) {
		for k := 2; k < len(ws); k++ {
			if !phraseLinks[bare(ws[k])] {
				continue
			}
			if c := bare(ws[k-1]); roleNouns[c] && !orgRoles[c] && !documentNouns[c] && !strings.HasSuffix(c, "s") {
				m.person, m.org = true, false
				m.canonical = strings.Join(trimDeterminer(ws), " ")
				return m
			}
			break
		}
	}
	// an organisation: its last word says so ("Fenwater Valley Water Board",
	// "Cascadia Hydrogen Inc.", "the company"), or its name holds an
	// institution's word and no title ("Institute for Energy Systems and
	// Policy", "Ministry of Climate and Environment")
	// … or ends in capital letters that are no person's post-nominals
	// ("Harbourside FC", "Kessler AG")
	// "The EU said" after "The European Union": a body's initials stand
	// for its name, known kind or not
	if len(name) == 1 && acronym(name[0]) {
		if full := r.initials[strings.TrimSuffix(strings.TrimSuffix(name[0], "'s"), "’s")]; full != "" {
			m.org, m.person, m.named, m.canonical = true, false, true, full
			m.heads = append(m.heads, headForms(full)...)
			return m
		}
	}
	lettered := len(name) > 1 && acronym(name[len(name)-1]) && !postNominals[last]
	// "Friends of Eastmoor Libraries": a plural institution's word too
	if lastIn&(inOrgHeads|inOrgRoles|inCompanySuffixesBare) != 0 || lastIn&inClosingOrgHeads != 0 && len(name) > 1 || orgHeads[singular(last)] && len(name) > 1 || lettered || len(name) > 1 && hasOrgHead(name) && !titleOutsideField(name) && !rankBeforePerson(name) {
		m.org, m.person = true, false
		m.named = len(name) > 0
		m.plural = last == "authorities" || last == "police" || !m.named && strings.HasSuffix(last, "s") && lastIn&inOrgHeads == 0
		// "Rovers" after "Ardmore Rovers": a club's or firm's last word
		// alone stands for its full name
		if full := r.surnames[last]; len(name) == 1 && len(full) > 1 && !orgRoles[singular(last)] && endsWith(full, name) {
			name = full
		}
		if len(name) > 0 {
			m.canonical = strings.Join(name, " ")
		} else if owned := r.ownerInFull(ws); owned != "" {
			m.canonical = owned // "Hanbury's campaign" after "Gerald Hanbury"
		} else if owned := ownerCanonical(ws); owned != "" {
			m.canonical = owned
		} else {
			m.canonical = strings.Join(trimDeterminer(ws), " ")
		}
		return m
	}
	if agentNoun(last) && len(r.f.personName(ws)) == 0 {
		m.person = true // "a marine investigator", "the businessman"
	}
	if lastIn&inRoleNouns != 0 {
		m.person = lastIn&inOrgRoles == 0
		m.plural = strings.HasSuffix(last, "s") && last != "witness" && last != "boss" || last == "people" || last == "police" || collectiveNouns[last]
	}
	person := r.f.personName(ws)
	if len(person) == 0 {
		for _, w := range ws {
			if isCap(w) && orgRoles[bare(w)] {
				m.org, m.person = true, false // "The Department for Transport"
			}
		}
		// an anonymous source or a role: "a senior official", "the ministry"
		m.canonical = strings.Join(trimDeterminer(ws), " ")
		return m
	}
	m.named = true
	// "The RCN said" after "The Royal College of Nursing (RCN)": a body's
	// initials stand for its name
	if len(person) == 1 && acronym(person[0]) {
		if full := r.initials[strings.TrimSuffix(strings.TrimSuffix(person[0], "'s"), "’s")]; full != "" {
			m.org, m.person, m.canonical = true, false, full
			m.heads = append(m.heads, headForms(full)...)
			return m
		}
	}
	if full := r.familyFirst(person, m.gender); full != nil {
		person = full // "Ms Lee" after "Lee Hye-won" and "Daniel Lee"
	} else if full := r.sameSurname(person, m.gender); full != nil {
		person = full // "Mrs Crane" after "Ada Crane and her husband, Ben Crane"
	} else if full, ok := r.surnames[bare(person[len(person)-1])]; ok && len(full) > len(person) && endsWith(full, person) {
		person = r.titledSurnameFit(full, person, m.gender) // "Mrs Penrose" never her brother
	} else if full, ok := r.paternal[bare(person[0])]; ok && len(person) == 1 && len(r.surnames[bare(person[0])]) < 2 {
		person = full // "Montejo" after "Aurelio Montejo Ruiz"
	} else if full := r.firsts[bare(person[0])]; len(person) == 1 && len(full) > 1 && !r.surnameOnly(person[0]) && (!r.soloFirst[bare(person[0])] || givenNameOfPerson(person[0], full)) && !r.productAfterName(full) {
		person = full // "Orrin" after "Orrin Semiconductor"
	} else if len(person) == 1 {
		// asked of one word alone: nicknameOf goes through every first
		// name the text has given
		if full := r.nicknameOf(person[0]); full != nil {
			person = full // "Tobi" after "Tobias Mwangi-Hale"
		}
	}
	if len(person) >= 2 && !hasOrgHead(person) {
		m.person = !r.commonNounHead(person)
		m.org = !m.person
	}
	if hasOrgHead(person) {
		m.person, m.org = false, true
	}
	if len(person) == 2 && institutionOpensName(person, 0) || modifierTitleEnds(person, len(person)-1) {
		m.person, m.org = false, true // "Port Calder", "Verenza Home"
	}
	m.canonical = strings.Join(person, " ")
	m.gender = givenOverTitle(m.gender, ws, person)
	// "Sarah Hale": a given name tells the gender before any pronoun does
	if m.gender == 0 && m.person && len(person) >= 2 {
		m.gender = givenGender(person[0])
	}
	if g := r.genders[m.canonical]; g != 0 && m.gender == 0 {
		m.gender = g
	} else if m.gender != 0 && m.person {
		r.genders[m.canonical] = m.gender
	}
	return m
}

// commonNounHead reports whether a name of several words ends in a plural
// the text also writes in lower case as a common noun, with no given name
// or title before it: a body's name ("Lowland Trains" in a story about
// "trains"), not a person's, whose surname is no noun of the story.
func (r *resolver) commonNounHead(name []string) bool {
	n := len(name)
	last := name[n-1]
	if n < 2 || !strings.HasSuffix(last, "s") || possessiveWord(last) || givenGender(name[0]) != 0 || hasTitle(name) {
		return false
	}
	return r.writtenLower(strings.ToLower(last))
}

func hasTitle(ws []string) bool {
	for _, w := range ws {
		if titleWords[bare(w)] {
			return true
		}
	}
	return false
}

// titleOutsideField is hasTitle for a body's name: a department's field
// after "of" or "for" ("Ministry of Defence", "Department for Home
// Affairs") is no title of a person, though "Defence" heads one in
// "Defence Secretary".
func titleOutsideField(ws []string) bool {
	field := false
	for _, w := range ws {
		b := bare(w)
		if b == "of" || b == "for" {
			field = true
			continue
		}
		if field && (deptWords[b] || b == "and" || b == "&") {
			continue
		}
		field = false
		if titleWords[b] {
			return true
		}
	}
	return false
}

// roleLinkedToName reports whether ws is a determiner, lower-case role
// words and a link before capitalised words only ("the governor of New
// Mexico"): the name after the link is a place's or a body's.
func roleLinkedToName(ws []string) bool {
	for k := 1; k < len(ws)-1; k++ {
		w := bare(ws[k])
		if isCap(ws[k]) {
			return false
		}
		if w == "of" || w == "for" {
			if !roleNouns[bare(ws[k-1])] || titleWords[bare(ws[k-1])] && isCap(ws[k-1]) {
				return false
			}
			for _, x := range ws[k+1:] {
				if !isCap(x) && !nameParticles[bare(x)] && bare(x) != "the" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// looseQuantifiers drop from a canonical name like a determiner ("Another
// analyst", "Several participants"), unlike a count ("Two board members").
var looseQuantifiers = words(`another several some many most few`)

func trimDeterminer(ws []string) []string {
	// "Another analyst": a determiner too, unlike a count ("Two board members")
	if len(ws) > 1 && classesOf(bare(ws[0]))&(inDeterminers|inLooseQuantifiers) != 0 {
		return ws[1:]
	}
	return ws
}

func endsWith(full, tail []string) bool {
	for i := range tail {
		if bare(full[len(full)-len(tail)+i]) != bare(tail[i]) {
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
	tells warn warns over under in unlike besides like declared declares`)

// resolvePronoun links pronoun mention i to the nearest mention before it, in
// the same zone and at most two paragraphs back, that is not inside a
// statement, not an object, and agrees in person, number and gender. When
// no mention is known to be a person, a "he" or "she" takes the nearest
// speaker of unknown kind ("Peskov added. … he said").
//
// In an interview's answers ("What would you tell a student?" then "“…,”
// she says") and when nothing near fits, "he" or "she" is the person named
// most often so far (the interviewee), unless that person is known to be of
// the other gender.
func (r *resolver) resolvePronoun(i int) {
	m := &r.mentions[i]
	want := r.f.low(m.r.a)
	g := byte(0)
	switch want {
	case "he":
		g = 'm'
	case "she":
		g = 'f'
	}
	j := -1
	// "Meskhi said he had told the envoy that …": in a reported (not
	// quoted) statement, "he" or "she" who speaks is the reporting speaker
	if a := m.att; g != 0 && a >= 0 && r.f.atts[a].nestedIn >= 0 && !r.f.atts[r.f.atts[a].nestedIn].direct {
		if o, ok := r.bySpeaker[r.f.atts[a].nestedIn]; ok && o < i {
			if c := r.mentions[o]; c.pronoun || c.person && !c.org && (c.gender == 0 || c.gender == g) {
				j = o
			}
		}
	}
	if j < 0 && g != 0 {
		j = r.refusalSubjectBefore(i, g) // "…, the engineer declined to say. He said"
	}
	if j < 0 && g != 0 {
		j = r.questionedBefore(i, g) // "X asked Mr Hale whether …. He said"
	}
	if j < 0 && g != 0 {
		j = r.askedPronounAnswer(i, g) // "X asked him whether …. “…,” he said"
	}
	if j < 0 && g != 0 {
		j = r.partnerOfNarrator(i, g) // "Dani and I sat down. She said"
	}
	if j < 0 && g != 0 {
		j = r.thirdPersonInQuote(i, g)
	}
	if j < 0 && g != 0 {
		j = r.givenNameInQuote(i, g) // "“Sophie phoned me. She used to say, ‘…’”"
	}
	if j < 0 && g != 0 {
		j = r.namedBeforeOuterQuote(i, g) // "… asked the manager, Ed Roe, to wait. “He said, ‘…’”"
	}
	if j < 0 && g != 0 {
		if role := r.roleInQuote(i, g); role != "" {
			m.canonical = role // "“I met a councillor there. He said to me, ‘…’”"
			return
		}
	}
	if j < 0 && g != 0 {
		if role := r.pronounOpeningQuote(i, g); role != "" {
			m.canonical = role // "Her neighbour …, she said. ¶ “He said, ‘…’”"
			return
		}
	}
	if j < 0 && g != 0 && r.afterQuestion(m.r.a) && !r.personNamedInPara(i) && !r.personNamedAfterQuestion(i) {
		j = r.salient(i, g, true)
	}
	// "The report … said …. It said", "The study makes 23
	// recommendations. It says": a speaking "it" continues the body or
	// document that was the subject of the sentence before, or that spoke
	// last, before any nearer body named inside what was said
	if j < 0 && want == "it" {
		j = r.endSpeakerBefore(i) // "…, the coast guard said. …, it said."
	}
	if j < 0 && want == "it" {
		j = r.calledBodyBefore(i) // "The water company is called Severn Vale Water. It said"
	}
	if j < 0 && want == "it" && m.att >= 0 && r.sentenceSubject(m.r.a) {
		j = r.topicBefore(i)
		// "The firm's planning statement … goes further. It says …":
		// a document no name was given, the subject of the sentence
		// before, speaks by its own words
		if j < 0 {
			if d := r.unnamedDocumentBefore(i); d != "" {
				m.canonical, m.doc = d, true
				return
			}
		}
	}
	if j < 0 && want == "it" && m.att >= 0 {
		if si := r.quoteOpenedSentence(m.r.a); si > 0 {
			j = r.topicBeforeSentence(i, si) // "The panel rejected it. “…,” it wrote."
		}
	}
	if j < 0 && want == "it" && m.att >= 0 {
		j = r.bodyOfSentenceBefore(i)
	}
	// "Manager: Ged Farrant – 8 Made the right change. He said …"
	if j < 0 && g != 0 {
		if name := r.f.ratingPerson(m.r.a); name != "" {
			m.canonical, m.person = name, true
			return
		}
	}
	if j < 0 {
		k, d := r.roleSubjectBefore(i) // "The chief nurse presented the report. She said"
		if d != "" {
			m.canonical = d
			return
		}
		j = k
	}
	for _, loose := range []bool{false, true} {
		if j < 0 {
			j = r.antecedent(i, loose)
		}
	}
	if j < 0 && want == "it" && m.att >= 0 {
		j = r.describedThing(i)
	}
	if j < 0 && g != 0 {
		if d := r.describedPersonBefore(i, g); d != "" {
			m.canonical, m.person = d, true // "the man in bed four … he said"
			return
		}
	}
	if j < 0 && g != 0 {
		j = r.lastSpeaker(i, g)
	}
	if j < 0 && g != 0 {
		j = r.salient(i, g, true)
	}
	if j < 0 && want == "it" {
		j = r.salientOrg(i)
	}
	if j < 0 && want == "they" && r.sentenceSubject(m.r.a) {
		if d := r.pluralSubjectBefore(i); d != "" {
			m.canonical = d // "The researchers … followed …. They found"
			return
		}
	}
	if j < 0 {
		return
	}
	c := r.mentions[j]
	m.antecedent, m.canonical = j, c.canonical
	if m.gender == 0 {
		m.gender = c.gender
	}
	if m.gender == 0 {
		m.gender = g
	}
	if g != 0 && c.canonical != "" && r.genders[c.canonical] == 0 {
		r.genders[c.canonical] = g
	}
}

// thirdPersonInQuote returns, for "he" or "she" (mention i, gender g)
// speaking inside a quotation or a transcript's answer ("I told Mr Hale
// once. He said he would look into it."), the nearest person of that
// gender named earlier in the same quotation, other than its speaker; -1
// if none.
func (r *resolver) thirdPersonInQuote(i int, g byte) int {
	m := r.mentions[i]
	outer, ok := r.outerAttribution(i)
	if !ok {
		return -1
	}
	if !outer.direct && outer.pattern != "T" || m.r.a < outer.content.a || m.r.a >= outer.content.b {
		return -1
	}
	q := r.quoter(i)
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.r.a < outer.content.a {
			break
		}
		if c.named && !c.pronoun && c.person && !c.org && !c.plural && (c.gender == 0 || c.gender == g) && c.canonical != "" && c.canonical != q {
			return j
		}
	}
	return -1
}

// weatherWords in a body's name make it a weather service ("Weather and
// Climate Bureau", "Met Office", "Meteorological Institute").
var weatherWords = words(`weather met meteorological meteorology météo meteo`)

// weatherRoles are people's roles a forecaster's description may stand for.
var weatherRoles = words(`forecaster meteorologist weatherman weatherwoman climatologist`)

// weatherServiceFor resolves "the forecaster" (mention i) to the weather
// service named before it in its zone when no person is named a
// forecaster or meteorologist: a weather bureau is the forecaster of a
// story about the weather. It reports whether it did.
func (r *resolver) weatherServiceFor(i int) bool {
	f := r.f
	m := &r.mentions[i]
	if m.r.b-m.r.a != 2 || singular(f.low(m.r.a+1)) != "forecaster" {
		return false
	}
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone || c.pronoun || !c.named || c.canonical == "" {
			continue
		}
		if c.person && !c.org {
			for _, h := range append(append([]string(nil), r.heads[c.canonical]...), c.heads...) {
				if weatherRoles[h] {
					return false // "Its chief meteorologist, Dan Okoye"
				}
			}
		}
		if c.doc || c.person && !c.org {
			continue
		}
		for _, w := range strings.Fields(c.canonical) {
			if weatherWords[strings.ToLower(w)] {
				m.antecedent, m.canonical, m.org, m.person = j, c.canonical, true, false
				return true
			}
		}
	}
	return false
}

// describedThing returns, for a speaking "it" nothing else took, the
// nearest name in its paragraph or the one before that opens a sentence
// and that an apposition calls a thing, not a person ("Ridely, the
// ride-sharing app, has been banned"); -1 if none.
func (r *resolver) describedThing(i int) int {
	f := r.f
	para := f.toks[r.mentions[i].r.a].para
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if !r.withinReach(c, para) {
			return -1
		}
		if c.pronoun || !c.named || c.plural || c.doc || r.personKnown(c) || givenGender(f.toks[c.r.a].text) != 0 || !r.sentenceSubject(c.r.a) {
			continue
		}
		k := c.r.b
		if !f.is(k, ",") || !f.word(k+1) || f.low(k+1) != "the" && f.low(k+1) != "a" && f.low(k+1) != "an" {
			continue
		}
		e := k + 2
		for e < len(f.toks) && e < k+7 && f.word(e) && !f.quoted(e) {
			e++
		}
		if !f.is(e, ",") {
			continue
		}
		if h := headForms(f.low(e - 1))[0]; !roleNouns[h] && !agentNoun(h) && !titleWords[h] && !demonym(f.toks[e-1].text) {
			return j
		}
	}
	return -1
}

// topicBefore returns, for the speaking "it" at mention i, the body or
// document the sentence before is about: the mention opening it ("The
// report, published on Thursday, said …"), or the named document a
// document's description opening it stands for ("The study makes …"); -1
// if that sentence opens with no body or document, or is in another zone
// or an earlier paragraph but one.
func (r *resolver) topicBefore(i int) int {
	return r.topicBeforeSentence(i, r.f.sentenceOf(r.mentions[i].r.a))
}

// topicBeforeSentence is topicBefore for the pronoun (mention i) of
// sentence si.
func (r *resolver) topicBeforeSentence(i, si int) int {
	f := r.f
	m := r.mentions[i]
	if si == 0 {
		return -1
	}
	prev := f.sents[si-1]
	p := f.toks[m.r.a].para
	if prev.para < p-1 || f.paraZone[prev.para] != f.paraZone[p] {
		return -1
	}
	a := prev.t0
	for a < prev.t1 && !f.word(a) {
		a++ // an opening quotation mark
	}
	a = f.topicStart(prev, a)
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.r.a < a {
			break
		}
		if c.r.a != a && !(c.r.a == a+1 && isDeterminer(f.low(a))) {
			continue
		}
		for c.pronoun && c.antecedent >= 0 {
			c = r.mentions[c.antecedent]
		}
		// a named force is plural to "they" and yet "it" ("Harcastle
		// Police said …. It said …")
		if (c.org || c.doc) && (!c.plural || c.named && c.org && r.f.namedCollectiveBody(c.canonical)) && !c.pronoun && c.canonical != "" || r.speakingUnknownKind(c) {
			return j
		}
		return -1
	}
	// an unattributed subject: "The study makes …", "This report finds …"
	if f.word(a) && isDeterminer(f.low(a)) {
		for k := a + 1; k < min(prev.t1, a+4) && f.word(k) && !f.quoted(k); k++ {
			if documentNouns[singular(f.low(k))] && !strings.HasSuffix(f.low(k), "s") {
				return r.namedDocBefore(i)
			}
		}
		// "The bureau advised people to …. It said": a body's noun
		// opening the sentence before, in no statement, stands for the
		// named body it fits
		if h := f.low(a + 1); a+1 < prev.t1 && f.word(a+1) && !isCap(f.toks[a+1].text) && (orgHeads[h] || orgRoles[h] || len(bodyKindsOf[h]) > 0) && !companyWords[h] {
			return r.namedBodyOfHead(i, h)
		}
	}
	return -1
}

// namedBodyOfHead returns the nearest named body before mention i in its
// zone whose name or descriptions hold the noun h or whose kind fits it;
// -1 if none.
func (r *resolver) namedBodyOfHead(i int, h string) int {
	f := r.f
	zone := f.paraZone[f.toks[r.mentions[i].r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone || c.pronoun || !c.named || !c.org || c.doc || c.canonical == "" {
			continue
		}
		if hasWord(r.heads[c.canonical], h) || hasWord(c.heads, h) || r.bodyKindFit(h, c) == 1 {
			return j
		}
	}
	return -1
}

// unnamedDocumentBefore returns, for a speaking "it" (mention i), the
// words of a document's description that opens the sentence before, a
// possessive owner left off ("The company's planning statement" →
// "planning statement"), when no named document is there to take; "" if
// the sentence before opens otherwise.
func (r *resolver) unnamedDocumentBefore(i int) string {
	f := r.f
	m := r.mentions[i]
	si := f.sentenceOf(m.r.a)
	if si == 0 {
		return ""
	}
	prev := f.sents[si-1]
	if p := f.toks[m.r.a].para; prev.para < p-1 || f.paraZone[prev.para] != f.paraZone[p] {
		return ""
	}
	a := prev.t0
	for a < prev.t1 && !f.word(a) {
		a++
	}
	if !f.word(a) || !isDeterminer(f.low(a)) || r.inStatement(a) {
		return ""
	}
	start := a + 1
	var out []string
	for k := a + 1; k < min(prev.t1, a+5) && f.word(k) && !f.quoted(k); k++ {
		w := f.toks[k].text
		if possessiveWord(w) {
			start, out = k+1, nil
			continue
		}
		if isCap(w) && k > start {
			return ""
		}
		out = append(out, f.low(k))
		if documentNouns[singular(f.low(k))] && !strings.HasSuffix(f.low(k), "s") {
			if k+1 < prev.t1 && f.word(k+1) && !f.quoted(k+1) && isCap(f.toks[k+1].text) {
				return "" // "The report Clean Water Now published"
			}
			return strings.Join(out, " ")
		}
	}
	return ""
}

// lastSpeaker returns, for a "he" or "she" with nothing near to stand for,
// the speaker of the last statement before mention i in its zone and its
// last three paragraphs, a floating quotation's inherited speaker
// included, when that speaker is a person of gender g or of no known
// gender ("… the Scot said. “We were not lucky …” … “Ask me that in
// April,” he said."); -1 otherwise.
func (r *resolver) lastSpeaker(i int, g byte) int {
	f := r.f
	m := r.mentions[i]
	p := f.toks[m.r.a].para
	best := -1
	for k, a := range f.atts {
		if a.dropped || a.nestedIn >= 0 || k == m.att || a.content.a >= m.r.a {
			continue
		}
		ap := f.sents[a.sent].para
		if ap < p-3 || f.paraZone[ap] != f.paraZone[p] {
			continue
		}
		if best < 0 || a.content.a > f.atts[best].content.a {
			best = k
		}
	}
	for n := 0; best >= 0 && f.atts[best].speaker.empty() && n < 8; n++ {
		best = f.atts[best].inherit
	}
	if best < 0 {
		return -1
	}
	o, ok := r.bySpeaker[best]
	if !ok || o >= i {
		return -1
	}
	c := r.mentions[o]
	for c.pronoun && c.antecedent >= 0 {
		o, c = c.antecedent, r.mentions[c.antecedent]
	}
	cg := c.gender
	if cg == 0 {
		cg = r.genders[c.canonical]
	}
	if c.pronoun || c.org || c.plural || !c.person || cg != 0 && cg != g {
		return -1
	}
	return o
}

// afterQuestion reports whether token k's paragraph follows, within two
// paragraphs, a paragraph that is a question without attribution: the
// interviewer's question in a Q&A.
func (r *resolver) afterQuestion(k int) bool {
	f := r.f
	p := f.toks[k].para
	for t := k; t >= 0 && f.toks[t].para >= p-2; t-- {
		if f.toks[t].para == p {
			continue
		}
		// t is the last token of an earlier paragraph
		if f.is(t, "?") && !r.inStatement(t) {
			return true
		}
		for t > 0 && f.toks[t-1].para == f.toks[t].para {
			t--
		}
	}
	return false
}

// personNamedInPara reports whether a person is named in mention i's
// paragraph before it: then a question above (an FAQ's heading, "What do
// patients say?") is not what a pronoun answers, and the pronoun takes the
// people its paragraph names.
func (r *resolver) personNamedInPara(i int) bool {
	f := r.f
	p := f.toks[r.mentions[i].r.a].para
	for j := i - 1; j >= 0 && f.toks[r.mentions[j].r.a].para == p; j-- {
		if c := r.mentions[j]; c.named && c.person && !c.pronoun {
			return true
		}
	}
	return false
}

// personNamedAfterQuestion reports whether a person is named as a
// speaker or a sentence's subject in a paragraph between the last question
// above mention i (an explainer's heading, "How long will it last?") and
// i's own paragraph: the pronoun then takes that person, not the one the
// whole text names most.
func (r *resolver) personNamedAfterQuestion(i int) bool {
	f := r.f
	p := f.toks[r.mentions[i].r.a].para
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		cp := f.toks[c.r.a].para
		if cp < p-1 {
			return false
		}
		if cp == p-1 && c.named && c.person && !c.org && !c.pronoun && (c.att >= 0 || r.sentenceSubject(c.r.a)) {
			// a question between c's paragraph and i's would end the
			// paragraph before i's; afterQuestion found one further up
			last := c.r.a
			for last+1 < len(f.toks) && f.toks[last+1].para == cp {
				last++
			}
			return !f.is(last, "?")
		}
	}
	return false
}

func (r *resolver) antecedent(i int, loose bool) int {
	f := r.f
	m := r.mentions[i]
	p := f.toks[m.r.a]
	want := f.low(m.r.a)
	// A pronoun that speaks inside a quotation ("“He told me, ‘Put me on’,”
	// she said") stands for someone the quoting speaker has been talking
	// about, names inside statements included, never the quoting speaker.
	quoting, quoter := rng{}, ""
	if m.att >= 0 && f.atts[m.att].nestedIn >= 0 {
		quoting = f.atts[f.atts[m.att].nestedIn].speaker
		// the quoting speaker, resolved first when a pronoun after the
		// quotation ("“Then she said, ‘…’ …,” she says"), is never the
		// person the quotation talks about, under any of its names
		if o, ok := r.bySpeaker[f.atts[m.att].nestedIn]; ok {
			if q := &r.mentions[o]; q.pronoun && q.antecedent < 0 && o > i && !r.resolving[o] {
				r.resolving[o] = true
				r.resolvePronoun(o)
			}
			quoter = r.mentions[o].canonical
		}
	}
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
		if quoting.empty() && r.inStatement(c.r.a) || objectWords[f.low(before)] && !r.coordinatedSubject(j, before) && !r.whoObjectTopic(c, m) && !r.fellToDoer(c, before) || f.low(c.r.b) == "and" {
			continue
		}
		// "The college will close its Dance Academy after what it called
		// …": a body another "its" owns in the pronoun's sentence is not
		// what "it" stands for; the owner is
		if want == "it" && (f.low(c.r.a) == "its" || f.low(c.r.a-1) == "its") && f.sentenceOf(c.r.a) == f.sentenceOf(m.r.a) {
			continue
		}
		if f.narratorI(c.r.a) {
			continue // a diary's "I" is no one a "he" or "she" stands for
		}
		if !quoting.empty() && (c.r == quoting || c.att >= 0 && f.atts[c.att].speaker == quoting || quoter != "" && c.canonical == quoter) {
			continue
		}
		if !quoting.empty() && c.named && !c.org && !c.thing {
			c.person = true // "Ruiz" inside the quoting speaker's statement
		}
		if c.gender == 0 && c.canonical != "" {
			c.gender = r.genders[c.canonical] // told by a title or a pronoun resolved earlier
		}
		switch {
		case c.pronoun:
			if c.antecedent >= 0 && f.low(c.r.a) == want {
				return j
			}
		case (want == "he" || want == "she") && r.theNamed(c):
			// "who has studied the Lenn": a river, no one "he" stands for
		case agrees(want, c, m.gender):
			// "Marcus Delaney … appeared … alongside the company's chair,
			// Fiona Kerr-Adebayo. He said": the subject before a name
			// further on in its sentence
			// … never the quoting speaker, under any of its names ("Ed Roe
			// transcribed the diaries of Hal Lind, who …. “Then he writes,
			// ‘…’,” Roe said")
			if k := r.subjectBefore(j, want, m.gender); k >= 0 && (quoting.empty() || r.mentions[k].r != quoting && (quoter == "" || r.mentions[k].canonical != quoter)) {
				return k
			}
			return j
		case loose && (want == "he" || want == "she") && c.att >= 0 && !c.org && !c.plural && c.gender == 0 && !c.doc:
			return j
		case r.ungenderedSubjectBefore(c, m):
			return j // "Maria*, 34, and her sons were moved …. She said"
		case (want == "he" || want == "she") && m.att >= 0 && c.att >= 0 && c.named && !c.org && !c.plural && c.gender == 0 && ct.para == p.para:
			// "A woman who gave only her first name, Mira, said …. “…,”
			// she said": a speaker of no known gender in the pronoun's own
			// paragraph comes before anyone of its gender further back
			return j
		}
	}
	return -1
}

// subjectBefore returns, when mention j does not open its sentence, an
// earlier mention in the same sentence that does and agrees with the
// pronoun; -1 otherwise.
func (r *resolver) subjectBefore(j int, pronoun string, gender byte) int {
	f := r.f
	if pronoun != "he" && pronoun != "she" || r.sentenceSubject(r.mentions[j].r.a) {
		return -1
	}
	si := f.sentenceOf(r.mentions[j].r.a)
	for k := j - 1; k >= 0; k-- {
		c := r.mentions[k]
		if f.sentenceOf(c.r.a) != si {
			return -1
		}
		if c.gender == 0 && c.canonical != "" {
			c.gender = r.genders[c.canonical]
		}
		// "Munro's mother, Catriona Munro, said …": a possessive is no subject
		// a person's full name premodifies no one ("Maria Lopez beat Sofia
		// Rossi"), a body or place may ("Greyfriars partner Julian Marsh");
		// a name whose body and role open the sentence is its subject
		// ("Rovers coach Dan Reid praised …")
		subject := r.sentenceSubject(c.r.a) || k > 0 && r.sentenceSubject(r.mentions[k-1].r.a) && r.premodifies(r.mentions[k-1], c)
		if !c.pronoun && subject && agrees(pronoun, c, gender) && (c.r.b-c.r.a > 1 && c.named && givenGender(strings.SplitN(c.canonical, " ", 2)[0]) != 0 || !r.premodifies(c, r.mentions[j])) && !possessiveWord(f.toks[c.r.b-1].text) {
			return k
		}
	}
	return -1
}

// personSubject returns an earlier named person, of gender g when g is
// known, who opens the sentence of mention j; -1 if none.
func (r *resolver) personSubject(j int, g byte) int {
	f := r.f
	si := f.sentenceOf(r.mentions[j].r.a)
	for k := j - 1; k >= 0; k-- {
		c := r.mentions[k]
		if f.sentenceOf(c.r.a) != si {
			return -1
		}
		cg := c.gender
		if cg == 0 {
			cg = r.genders[c.canonical]
		}
		// a full name is no body or place that premodifies the other's
		// role ("Greyfriars partner Julian Marsh")
		if !c.pronoun && c.named && c.person && !c.org && !c.plural && r.sentenceSubject(c.r.a) && (g == 0 || cg == 0 || cg == g) &&
			(c.r.b-c.r.a > 1 || !r.premodifies(c, r.mentions[j])) && !possessiveWord(f.toks[c.r.b-1].text) {
			return k
		}
	}
	return -1
}

// rankWords change what a role is: "the shadow chancellor" is not the
// Chancellor, "the deputy mayor" not the mayor.
var rankWords = words(`shadow deputy vice assistant former acting junior interim associate co-chair`)

// sameRank reports whether the description ws and the mention c carry the
// same rank words among their heads.
func (r *resolver) sameRank(ws []string, c mention) bool {
	for w := range rankWords {
		d := false
		for _, x := range ws {
			d = d || bare(x) == w
		}
		if d != (hasWord(r.heads[c.canonical], w) || hasWord(c.heads, w)) {
			return false
		}
	}
	return true
}

// premodifies reports whether mention c stands inside the noun phrase of
// mention m, before it and joined to it only by words of a role: the body
// or place in "Greyfriars partner Julian Marsh", "Lumafold's founder Nadia
// Oyelowo".
func (r *resolver) premodifies(c, m mention) bool {
	f := r.f
	if c.r.b > m.r.a || m.r.a-c.r.b > 3 {
		return false
	}
	for k := c.r.b; k < m.r.a; k++ {
		if !f.word(k) || isCap(f.toks[k].text) || !r.headCandidate(k) {
			return false
		}
		// "Dan Reid praised striker Ali Osman": a past tense between them
		// is a verb, not part of a role
		if w := f.low(k); k < m.r.a-1 && strings.HasSuffix(w, "ed") && !roleNouns[w] {
			return false
		}
	}
	// "Abernethy remembers Carvalho …": a verb, not a role, before the name
	last := f.low(m.r.a - 1)
	return roleNouns[last] || !strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ed")
}

// sentenceOf returns the index of the sentence holding token k.
func (f *finder) sentenceOf(k int) int {
	return sort.Search(len(f.sents), func(i int) bool { return f.sents[i].t1 > k })
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
	default: // it: a body, or a document ("A review … found … It says …")
		return (c.org || c.doc) && !c.plural
	}
}

// inStatement reports whether token k lies in the content of a statement.
func (r *resolver) inStatement(k int) bool {
	if r.inContent == nil {
		r.inContent = make([]bool, len(r.f.toks))
		for ai, a := range r.f.atts {
			// an "according to" content is the reporter's narration of the
			// source: its names stay antecedents ("Bello welcomed it,
			// according to her office. She said …")
			// … and so is what a document says or shows ("Emails seen
			// by the Ledger show that Vell wrote …. In one, he wrote: …")
			if o, ok := r.bySpeaker[ai]; ok && r.mentions[o].doc {
				continue
			}
			if !a.dropped && a.pattern != "A1" {
				for t := a.content.a; t < a.content.b; t++ {
					r.inContent[t] = true
				}
			}
		}
	}
	return k >= 0 && k < len(r.inContent) && r.inContent[k]
}

// speakerAttrs are a SPEAKER span's attributes: the canonical name and, when
// known, the speaker type (person, org or anonymous), a pronoun taking its
// antecedent's.
func (r *resolver) speakerAttrs(mi int) attrsKey {
	var attrs attrsKey
	m := r.mentions[mi]
	if m.canonical != "" {
		attrs.k1, attrs.v1 = "canonical", m.canonical
	}
	for m.pronoun && m.antecedent >= 0 {
		m = r.mentions[m.antecedent]
	}
	switch {
	case m.pronoun:
	case m.org:
		attrs.k2, attrs.v2 = "speaker_type", "org"
	case !r.f.hasName(m.r):
		attrs.k2, attrs.v2 = "speaker_type", "anonymous"
	case m.person:
		attrs.k2, attrs.v2 = "speaker_type", "person"
	}
	return attrs
}

// workWords name a work of fiction a review may quote from.
var workWords = words(`novel novels novella film play memoir saga trilogy`)

// characterLeads introduce a character of the work just before the name
// ("the narrator Ness", "she invented Ness", "its heroine, Ada").
var characterLeads = words(`narrator protagonist heroine invented`)

// characterOpeners open a sentence set inside the work ("Halfway through
// The Lantern Keepers, the keeper Elias Brannock ...").
var characterOpeners = words(`halfway midway early late`)

// dropCharacters drops the attributions whose speaker is a character of
// the work a review discusses: lines quoted from a novel or film are not
// statements of anyone reported on. A name is a character's when the
// text brings it in as one: after a lead such as "the narrator" or
// "invented", before "who narrates", or in a sentence opening "Halfway
// through" a capitalised title. Nothing happens unless the text speaks of
// a novel, film or play.
func (r *resolver) dropCharacters() {
	f := r.f
	review := false
	for k := range f.toks {
		if f.word(k) && f.lexicons(k)&inWorkWords != 0 {
			review = true
			break
		}
	}
	if !review {
		return
	}
	chars := map[string]bool{}
	for _, s := range f.sents {
		title := s.t0 // end of the title after an opener, else s.t0
		if s.t1-s.t0 > 3 && characterOpeners[f.low(s.t0)] && (f.low(s.t0+1) == "through" || f.low(s.t0+1) == "in") {
			for t := s.t0 + 2; t < s.t1 && f.word(t) && isCap(f.toks[t].text); t++ {
				title = t + 1
			}
			if title-s.t0-2 < 2 || calendarWords[f.low(s.t0+2)] {
				title = s.t0 // a title of two words or more, not "Early in March"
			}
		}
		for k := s.t0; k < s.t1; k++ {
			if !f.nameWord(k) || k > s.t0 && f.nameWord(k-1) {
				continue
			}
			j := k
			for j < s.t1 && f.nameWord(j) {
				j++
			}
			lead := title > s.t0 && k >= title
			for b := k - 1; b >= s.t0 && b >= k-3 && !lead; b-- {
				lead = f.word(b) && characterLeads[f.low(b)]
			}
			if !lead && j+2 < s.t1 && f.is(j, ",") && f.low(j+1) == "who" && (f.low(j+2) == "narrates" || f.low(j+2) == "tells") {
				lead = true
			}
			if lead {
				for n := k; n < j; n++ {
					chars[possessiveBase(f.low(n))] = true
				}
			}
			k = j
		}
	}
	actors := r.casting(chars)
	if len(chars) == 0 {
		return
	}
	isChar := func(mi int, a attribution) bool {
		m := r.mentions[mi]
		for m.pronoun && m.antecedent >= 0 {
			m = r.mentions[m.antecedent]
		}
		if m.pronoun || m.canonical == "" {
			return false
		}
		if r.lineOfRole(a, m.canonical, actors) {
			return true
		}
		for _, w := range strings.Fields(m.canonical) {
			if !chars[possessiveBase(strings.ToLower(w))] {
				return false
			}
		}
		return true
	}
	for i := range f.atts {
		a := &f.atts[i]
		src := i
		if a.inherit >= 0 {
			src = a.inherit
		}
		if mi, ok := r.bySpeaker[src]; ok && !a.dropped && isChar(mi, *a) {
			a.dropped = true
		}
	}
}

// withinReach tells whether mention c stands where a description or pronoun
// in paragraph para may look back to: that paragraph or the one before, in
// the same zone.
func (r *resolver) withinReach(c mention, para int) bool {
	cp := r.f.toks[c.r.a].para
	return cp >= para-1 && r.f.paraZone[cp] == r.f.paraZone[para]
}
