package suggest

import "strings"

// Parliamentary and official reports name an office and put its holder in
// brackets after it: "The Minister for Housing (Ada Vane) told the House
// …", "the member for Eastfield (Tom Hale) said". The holder speaks. A name
// in brackets after a person's own name is a seat or a party ("Tom Hale
// (Eastfield) said"), never the speaker.

// holderInBrackets reads, for the closing bracket at token i, the holder of
// an office named in brackets before it: two to four capitalised words
// after an office opened by "the". It returns the holder's name.
func (x *text) holderInBrackets(i, lo int) (int, int, bool) {
	if !x.is(i, ")") || x.quoted(i) {
		return 0, 0, false
	}
	open := i - 1
	for open > lo && open >= i-5 && x.word(open) && isCap(x.toks[open].text) && !acronym(x.toks[open].text) {
		open--
	}
	if n := i - open - 1; n < 2 || n > 4 || !x.is(open, "(") {
		return 0, 0, false
	}
	a, _, ok := x.speakerAt(open-1, lo)
	if !ok || x.low(a) != "the" || pronouns[x.low(a)] {
		return 0, 0, false
	}
	return open + 1, i, true
}

// chairOffices are the offices that chair a sitting and that a record
// addresses with an honorific rather than a name: "MR SPEAKER:", "MADAM
// DEPUTY SPEAKER:", "THE CHAIRMAN:".
var chairOffices = map[string]string{"speaker": "Speaker", "chair": "Chair", "chairman": "Chairman",
	"chairwoman": "Chairwoman", "president": "President", "convener": "Convener"}

// addressHonorifics open a chair's label: "MR SPEAKER", "MADAM PRESIDENT".
var addressHonorifics = words(`mr mr. madam madame mrs mrs. ms ms. the`)

// chairLabels names a transcript label that is the sitting's chair by
// office and honorific ("MR SPEAKER:", "MADAM DEPUTY SPEAKER:") by the
// office alone ("Speaker", "Deputy Speaker"), as the guidelines drop
// titles; a label that names someone ("MR GIDEON HALE:") is left as it is.
func (r *resolver) chairLabels() {
	f := r.f
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.att < 0 || f.atts[m.att].pattern != "T" || m.antecedent >= 0 {
			continue
		}
		ws := f.phraseWords(m.r)
		if len(ws) < 2 || len(ws) > 3 || !addressHonorifics[strings.ToLower(ws[0])] {
			continue
		}
		office, ok := chairOffices[strings.ToLower(ws[len(ws)-1])]
		if !ok || len(ws) == 3 && strings.ToLower(ws[1]) != "deputy" {
			continue
		}
		if len(ws) == 3 {
			office = "Deputy " + office
		}
		m.canonical, m.person, m.named = office, true, false
	}
}
