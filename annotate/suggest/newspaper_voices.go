package suggest

import "strings"

// This file holds the round-16 rule for a newspaper speaking in a press
// review: "The Harbour Gazette … The paper says …", "The Northern Ledger
// takes the opposite view. Its leader column argues …", "… its editorial
// warns". The paper's own voice (the paper, its editorial, its leader
// column) is the paper named last before it.

// newspaperWords end a newspaper's name ("The Daily Clarion", "the
// Evening Courier", "The Harbour Gazette").
var newspaperWords = words(`clarion ledger gazette courier sentinel herald times post mail express
	telegraph guardian observer chronicle tribune journal echo mirror argus advertiser examiner
	inquirer dispatch gleaner bugle globe record standard recorder messenger mercury`)

// paperNouns name a newspaper by its kind after "the" ("the paper", "the
// newspaper", "the title").
var paperNouns = words(`paper newspaper title daily tabloid broadsheet weekly`)

// paperVoiceNouns are what speaks for a newspaper after "its" ("its
// editorial", "its leader column", "its leading article").
var paperVoiceNouns = words(`editorial editorials leader leaders column leader-writer leading article comment`)

// resolvePaperVoices gives a speaker that is a newspaper's own voice and
// that no other rule named ("the paper", "its editorial", "its leader
// column") the newspaper named last before it, within the two paragraphs
// before its own. With no newspaper so near it keeps its words.
func (r *resolver) resolvePaperVoices() {
	f := r.f
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || m.pronoun || !r.paperVoice(m) {
			continue
		}
		para := f.toks[m.r.a].para
		for j := i - 1; j >= 0; j-- {
			c := r.mentions[j]
			if f.toks[c.r.a].para < para-2 {
				break
			}
			if c.doc && r.paperTakesDocument(i, j) || f.low(m.r.a) == "the" && r.studyWordBetween(c.r.b, m.r.a) {
				break // "The study, in a journal, … The paper says": a study's paper
			}
			if r.newspaperName(c) {
				old := m.canonical
				m.antecedent, m.canonical, m.named, m.org, m.person = j, c.canonical, true, true, false
				r.carryPaperVoice(i, old)
				break
			}
		}
	}
}

// paperVoice reports a mention that is "the paper" or "its editorial"
// (or "its leader column"), still unresolved: its canonical is its own
// words.
func (r *resolver) paperVoice(m *mention) bool {
	f := r.f
	n := m.r.b - m.r.a
	if n < 2 || n > 3 || !f.word(m.r.a) {
		return false
	}
	ws := f.phraseWords(rng{m.r.a + 1, m.r.b})
	if len(ws) == 0 || !strings.EqualFold(m.canonical, strings.Join(ws, " ")) && !strings.EqualFold(m.canonical, string(f.runes[f.toks[m.r.a].start:f.toks[m.r.b-1].end])) {
		return false
	}
	switch f.low(m.r.a) {
	case "the":
		return n == 2 && paperNouns[f.low(m.r.a+1)]
	case "its":
		for k := m.r.a + 1; k < m.r.b; k++ {
			if !paperVoiceNouns[f.low(k)] {
				return false
			}
		}
		return true
	}
	return false
}

// newspaperName reports a named mention whose name ends in a newspaper's
// word and that the text writes after "the" or "The" ("The Daily
// Clarion", "the Ledger").
func (r *resolver) newspaperName(c mention) bool {
	f := r.f
	if !c.named || c.pronoun || c.canonical == "" {
		return false
	}
	ws := strings.Fields(c.canonical)
	last := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(ws[len(ws)-1], "’s"), "'s"))
	if !newspaperWords[last] && !openedNewspaper(ws) { // "the Daily Rampart"
		return false
	}
	return f.low(c.r.a) == "the" || f.low(c.r.a-1) == "the"
}

// studyWordBetween reports a study's word ("study", "journal", "report")
// between tokens a and b, which makes "the paper" after it a study's.
func (r *resolver) studyWordBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if r.f.word(k) && studyWords[r.f.low(k)] {
			return true
		}
	}
	return false
}

// studyWords make "the paper" a study's rather than a newspaper's.
var studyWords = words(`study studies journal report research researchers survey preprint trial findings`)
