package suggest

import (
	"strings"
	"unicode"
)

// This file reads the phrases around a cue: speaker noun phrases, addressees
// and time adjuncts, with token windows instead of a parser (news-schemas §2.3.7).

// text holds one document's tokens, quotations and sentences over all the
// zones being scanned.
type text struct {
	runes      []rune
	toks       []token
	quotes     []quotation
	sents      []sentence
	paraZone   []string        // zone name per paragraph
	inner      int             // a quotation whose words are read as unquoted, for the frames nested in it; -1 otherwise
	title      string          // the document's title (docTitle), for the bodies it names
	names      nameMemo        // personName's answers on this document
	kinds      kindMemo        // nameKinds' answers on this document
	bufs       *textBuffers    // where runes and toks are borrowed from, until giveBack
	lex        []tokenLexicons // the lexicons holding each token's lower-case form (tokenLexiconSets)
	src        *sourceText     // the text tokens are cut from, with its lowered copy (live_texts.go)
	qaDots     map[int]byte    // a dotted transcript's turns: paragraph → 'Q' or 'A' (dottedTurns)
	narrator   string          // the person a first-person piece's dek names as its voice (dekNarrator)
	words      []string        // the unused rest of the block phraseWords cuts word lists from
	paraTokens []rng           // each paragraph's tokens from its first sentence's first (paragraphTokens), made on first use

	lastSpeaker speakerMemo // speakerBefore's last answer
}

func (x *text) word(i int) bool { return i >= 0 && i < len(x.toks) && x.toks[i].kind == tWord }

func (x *text) is(i int, s string) bool {
	return i >= 0 && i < len(x.toks) && x.toks[i].kind != tWord && x.toks[i].text == s
}

func (x *text) low(i int) string {
	if i < 0 || i >= len(x.toks) {
		return ""
	}
	return x.toks[i].low
}

// quoted reports whether token i is a quotation mark or inside a quotation
// (other than the one being read from inside, x.inner).
func (x *text) quoted(i int) bool { q := x.toks[i].quote; return q >= 0 && q != x.inner }

// glued reports whether token i touches token i-1 (no space between).
func (x *text) glued(i int) bool { return i > 0 && x.toks[i].start == x.toks[i-1].end }

// abbrevDot reports whether token i is the period of an abbreviation inside a
// name ("Mr.", "Gen.", "U.S.").
func (x *text) abbrevDot(i int) bool {
	if !x.is(i, ".") || !x.glued(i) || !x.word(i-1) || x.dottedLabel(i) {
		return false
	}
	p := x.toks[i-1]
	return isCap(p.text) && (x.lexicons(i-1)&(inAbbreviations|inCompanySuffixes) != 0 || strings.Contains(p.text, ".") || len([]rune(p.text)) == 1)
}

// nameWord reports whether token i is a capitalised word that can be part of
// a name: not a sentence-opening function word and not a month or weekday.
func (x *text) nameWord(i int) bool {
	// every name word is capitalised (the answers below all ask it): the
	// lower-case words most text is made of are turned away before the
	// costlier questions about labels and tags
	if !x.word(i) || x.quoted(i) || !isCap(x.toks[i].text) || x.dottedLabel(i) || x.partyStateTag(i) {
		return false
	}
	t := x.toks[i]
	in := x.lexicons(i)
	if in&inCalendarWords != 0 && in&inGivenMonths != 0 && x.givenMonth(i) {
		return true
	}
	if in&inFunctionWords != 0 && isCap(t.text) && in&inPronouns == 0 && t.text != "I" {
		// "Clean Rivers Now", "Save Our Shores": a capitalised function
		// word straight after a word of a name belongs to it
		p := i - 1
		return x.word(p) && !x.quoted(p) && x.toks[p].para == t.para && isCap(x.toks[p].text) &&
			x.lexicons(p)&(inFunctionWords|inCalendarWords|inPronouns) == 0
	}
	if in&inQuestionAuxiliaries != 0 && (i == 0 || !x.word(i-1) || x.toks[i-1].para != t.para) {
		return false // "Q: Did you …?", "Has the board met?"
	}
	// "Q: …" and "A: …": a transcript's labels of question and answer
	if (t.text == "Q" || t.text == "A") && (i == 0 || x.toks[i-1].para != t.para) && i+1 < len(x.toks) && x.toks[i+1].text == ":" {
		return false
	}
	return isCap(t.text) && in&(inFunctionWords|inCalendarWords|inPronouns) == 0
}

// questionAuxiliaries open a question when they open a sentence ("Did you
// tell him?") and are then no one's name; "Will", "May" and "Can", which
// are, stay out.
var questionAuxiliaries = words(`do does did is are was were has have had could would should must shall might
	isn't aren't wasn't weren't don't doesn't didn't hasn't haven't hadn't couldn't wouldn't shouldn't
	isn’t aren’t wasn’t weren’t don’t doesn’t didn’t hasn’t haven’t hadn’t couldn’t wouldn’t shouldn’t`)

// givenMonths are months that are also given names ("Jan Novak", "June
// Okafor", "May Lin").
var givenMonths = words(`jan may june april august`)

// givenMonth reports whether the month at token i is a given name: a
// capitalised surname follows it, and no word of a date stands before it
// ("in June Smith said" stays a date).
func (x *text) givenMonth(i int) bool {
	n := i + 1
	if !isCap(x.toks[i].text) || !x.word(n) || x.quoted(n) || !isCap(x.toks[n].text) {
		return false
	}
	if nl := x.toks[n].low; functionWords[nl] || calendarWords[nl] || pronouns[nl] || x.is(n+1, ".") && x.glued(n+1) && len(nl) <= 3 {
		return false
	}
	if p := i - 1; x.word(p) && (adjunctPreps[x.low(p)] || dateWords[x.low(p)]) {
		return false
	}
	return true
}

// dateWords stand before a month in a date ("since May", "until June").
var dateWords = words(`since until till by from to of between mid early late next last every each`)

// ampersand reports whether token k is an "&" between two words of a name
// ("Grampian & Northern Bank", "Brindle & Co.").
func (x *text) ampersand(k int) bool {
	return x.is(k, "&") && !x.quoted(k) && x.nameWord(k-1) && x.nameWord(k+1)
}

// hasName reports whether a phrase names someone, titles and roles aside
// ("Judge Miriam Okafor" does, "The Austrian environment minister" does not).
func (x *text) hasName(r rng) bool {
	return x.hasNameWords(r)
}

// headWord reports whether token i can end a speaker phrase.
func (x *text) headWord(i int) bool {
	return x.nameWord(i) || (x.word(i) && !x.quoted(i) && x.lexicons(i)&inRoleNounsLow != 0)
}

// phraseBefore parses the speaker noun phrase that ends at token i, not
// reaching before lo: role words, capitalised words with "of"/"for" between
// them, modifiers before a role word, and an opening determiner. A role
// phrase also owns the names and places linked after it ("a spokeswoman for
// Coastal Airways", "Farmers in the Riverina", "a diplomat in the capital").
func (x *text) phraseBefore(i, lo int) (int, int, bool) {
	// "The ministry of transport", "the department for education": a
	// body named by its field in lower case
	if x.word(i) && !x.quoted(i) && deptWords[x.low(i)] && i-2 >= lo && x.word(i-1) && (x.low(i-1) == "of" || x.low(i-1) == "for") {
		if a, _, ok := x.coreBefore(i-2, lo); ok && orgRoles[x.low(i-2)] {
			if a > lo && x.word(a-1) && isDeterminer(x.low(a-1)) {
				a--
			}
			// "A spokeswoman for the Department for Transport": a role
			// linked before the body owns it
			if a-2 >= lo && x.word(a-1) && !x.quoted(a-1) && (x.low(a-1) == "for" || x.low(a-1) == "of" || x.low(a-1) == "at") {
				if b, role, ok := x.coreBefore(a-2, lo); ok && role {
					return b, i + 1, true
				}
			}
			return a, i + 1, true
		}
	}
	end := i + 1
	if a, ok := x.familySizeBefore(i, lo); ok {
		return a, end, true // "A father of two said"
	}
	// "The committee's July report on live music": a document and its
	// subject after "on" or "into"
	if a, ok := x.documentOnSubject(i, lo); ok {
		return a, end, true
	}
	j, role, ok := x.coreBefore(i, lo)
	place := false
	if !ok {
		// a lower-case place or body: "in the capital", "at a rival institution"
		k := i
		// "of the regional economic crime unit": up to four words before the
		// noun; a name among them too ("in a Harbour Rowing Club jacket",
		// "in a Volunteer Fire Dept. jacket")
		for mods := 0; k-1 > lo && mods < 4 && i-k < 8 && !isDeterminer(x.low(k-1)); k-- {
			if x.nameWord(k-1) || x.abbrevDot(k-1) {
				continue
			}
			if !x.word(k-1) || !modifier(x.toks[k-1]) {
				break
			}
			mods++
		}
		if o, ok := x.ownedNounStart(k, i, lo); ok {
			j, place = o, true // "for Harkness’s campaign"
		} else if k-2 < lo || !x.word(i) || x.quoted(i) || !isDeterminer(x.low(k-1)) || !phraseLinks[x.low(k-2)] {
			return 0, 0, false
		} else {
			j, place = k-1, true
		}
	}
	start := j
	for k := j; k-2 >= lo && x.word(k-1) && !x.quoted(k-1); {
		l := x.low(k - 1)
		// "a review commissioned by the board": a document and who made it
		if (l == "by" || l == "in") && documentParticiples[x.low(k-2)] && k-3 >= lo && (documentNouns[x.low(k-3)] || documentNouns[singular(x.low(k-3))]) {
			if a, _, ok := x.coreBefore(k-3, lo); ok {
				start, k = a, a
				continue
			}
			break
		}
		and := l == "and" && x.nameWord(k-2) && x.nameWord(k)
		if !phraseLinks[l] && !and {
			break
		}
		a, r, ok := x.coreBefore(k-2, lo)
		if !ok {
			if role && isNumber(x.toks[k-2].text) && k-3 >= lo && x.nameWord(k-3) {
				start = k - 3 // "Local 217 of the union"
			}
			break
		}
		switch {
		case r:
			start = a
		case and && x.orgAnd(a, k-1, end):
			start = a // "the Rivers and Coasts Agency"
		case !and && (l == "of" || l == "from" || l == "at" || l == "with") && x.personCore(a, k-1) &&
			(x.low(k) == "the" || x.orgPhrase(k, end)):
			start = a // "Laura Kimani of the Stowbridge Economic Crime Unit"
		}
		k = a
	}
	if place && start == j {
		return 0, 0, false
	}
	if start == j {
		start = x.fieldTitleStart(start, lo)
	}
	return x.romanceStart(start, lo), end, true
}

// documentOnSubject parses a document's phrase that ends in its subject
// at token i ("the committee's July report on live music", "a review into
// bus safety"): at most four lower-case words after "on" or "into", the
// document noun right before it; it returns the phrase's first token.
func (x *text) documentOnSubject(i, lo int) (int, bool) {
	k := i
	for ; k > lo && i-k < 4 && x.word(k) && !x.quoted(k) && !isCap(x.toks[k].text) && !functionWords[x.low(k)] && !isDeterminer(x.low(k)); k-- {
	}
	if k == i || k-1 < lo || !x.word(k) || x.quoted(k) || x.low(k) != "on" && x.low(k) != "into" {
		return 0, false
	}
	d := k - 1
	if !x.word(d) || x.quoted(d) || !documentNouns[x.low(d)] {
		return 0, false
	}
	a, _, ok := x.coreBefore(d, lo)
	if !ok {
		return 0, false
	}
	// "the committee's July report": a month and an owner before the noun
	for n := 0; n < 4 && a-1 >= lo && x.word(a-1) && !x.quoted(a-1); n++ {
		l := x.low(a - 1)
		if isDeterminer(l) {
			a--
			break
		}
		if !calendarWords[l] && !possessiveWord(x.toks[a-1].text) {
			break
		}
		a--
	}
	return a, true
}

// romanceStart extends a phrase that begins inside a Romance body's name
// back to its head: "Rhône" in "The Compagnie nationale du Rhône".
func (x *text) romanceStart(a, lo int) int {
	k := a - 1
	if x.word(k) && nameParticles[x.low(k)] {
		k--
	}
	n := 0
	for k >= lo && n < 3 && x.word(k) && !x.quoted(k) && !isCap(x.toks[k].text) && !functionWords[x.low(k)] {
		k--
		n++
	}
	if n == 0 || k < lo || !x.word(k) || !isCap(x.toks[k].text) || !romanceHeads[foldAccents(x.low(k))] {
		return a
	}
	if k-1 >= lo && x.word(k-1) && isDeterminer(x.low(k-1)) {
		k--
	}
	return k
}

// orgAnd reports whether tokens [a, b) joined at the "and" at token and
// name one organisation ("Rivers and Coasts Agency", "Institute for Water
// and Soil Studies", "Chamber of Commerce and Industry"): the whole holds a
// capitalised organisation word and the part before "and" does not end in
// one ("Basin Line Logistics and Northfork Carriers" are two companies).
func (x *text) orgAnd(a, and, b int) bool {
	if x.abbrevDot(and-1) || companySuffixes[x.low(and-1)] {
		return false
	}
	// "Institute for Energy Systems and Policy": after "for" or "of" the
	// "and" joins the name's complement
	complement := false
	for k := a; k < and; k++ {
		if x.word(k) && (x.low(k) == "for" || x.low(k) == "of") {
			complement = true
		}
	}
	if !complement && orgHeads[x.low(and-1)] && !x.fieldLedBody(a, and) {
		return false
	}
	return x.orgPhrase(a, b)
}

// orgPhrase reports whether tokens [a, b) hold a capitalised organisation
// word ("Agency", "Institute") or a company suffix.
func (x *text) orgPhrase(a, b int) bool {
	for k := a; k < b; k++ {
		if x.word(k) && isCap(x.toks[k].text) && (orgHeads[x.low(k)] || orgRoles[x.low(k)] || companySuffixes[x.low(k)]) {
			return true
		}
	}
	return false
}

// personCore reports whether tokens [a, b) are a person's name, perhaps
// with titles: two capitalised words or more and no organisation word.
func (x *text) personCore(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if x.nameWord(k) {
			n++
		}
	}
	return n >= 2 && !x.orgPhrase(a, b)
}

// namesOnly tells whether tokens [a, b) are names joined by "and" or
// commas ("Tom Becker and"), so a phrase found at b extends back to a.
func (x *text) namesOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !(x.nameWord(k) || x.word(k) && x.low(k) == "and" || x.is(k, ",")) {
			return false
		}
	}
	return true
}

// coreBefore parses the unlinked phrase ending at token i and says whether
// it holds a role word.
func (x *text) coreBefore(i, lo int) (int, bool, bool) {
	if x.abbrevDot(i) {
		i--
	}
	if i < lo || !x.headWord(i) {
		return 0, false, false
	}
	role := roleNouns[x.toks[i].low]
	j, mods := i, 0
	for j-1 >= lo {
		k := j - 1
		t := x.toks[k]
		switch {
		case x.quoted(k):
		case x.abbrevDot(k), x.ampersand(k):
			j--
			continue
		case x.nameWord(k):
			j--
			continue
		case t.kind == tWord && nameParticles[t.low] && x.nameWord(k-1) && k-1 >= lo:
			j--
			continue
		case t.kind == tWord && roleNouns[t.low]:
			role = true
			j--
			continue
		case t.kind == tWord && role && mods < 3 && modifier(t):
			mods++
			j--
			continue
		case t.kind == tWord && !role && j == i+1-x.nameLen(j, i) && x.nameWord(j) && modifier(t) && k-1 >= lo && isDeterminer(x.low(k-1)):
			// "the oceanographer Henrik Dahl": a common noun between a
			// determiner and a name is the person's role
			role = true
			j--
			continue
		}
		break
	}
	if j-1 >= lo && x.word(j-1) && !x.quoted(j-1) && isDeterminer(x.toks[j-1].low) {
		j--
	}
	return j, role, true
}

// nameLen counts the tokens of the name run [j, i] (all of them when the
// core so far is a name).
func (x *text) nameLen(j, i int) int {
	n := 0
	for k := j; k <= i; k++ {
		if x.nameWord(k) || x.abbrevDot(k) || x.word(k) && nameParticles[x.low(k)] {
			n++
		}
	}
	return n
}

// modifier reports whether a lower-case word can stand before a role noun
// in a speaker phrase: a known modifier or number, or any content word that
// is not a function word, adverb or verb of the lexicon ("a senior
// administration official", "the state emergency management agency").
func modifier(t token) bool {
	lex := t.lexicons()
	if lex&inModifierWords != 0 || isNumber(t.text) {
		return true
	}
	if lex&(inFunctionWords|inAuxWords|inBlockCue) != 0 || strings.HasSuffix(t.low, "ly") ||
		len(t.low) < 3 || isCap(t.text) {
		return false
	}
	return lex&inCueWords == 0
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "one", "its", "his", "her", "their", "my", "our", "your":
		return true
	}
	return false
}

func isNumber(s string) bool {
	digits := false
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits = true
		case r != ',' && r != '.':
			return false
		}
	}
	return digits
}

// phraseAfter parses a speaker noun phrase that starts at token i and stays
// before hi ("said Kremlin spokesman Dmitry Peskov", "said a senior official").
func (x *text) phraseAfter(i, hi int) (int, int, bool) {
	if i < hi && x.word(i) && !x.quoted(i) && pronouns[x.toks[i].low] && x.toks[i].low != "it" {
		return i, i + 1, true
	}
	j := i
	if j < hi && x.word(j) && isDeterminer(x.toks[j].low) {
		j++
	}
	k := j
	for k < hi {
		t := x.toks[k]
		switch {
		case x.quoted(k):
		case x.nameWord(k), x.abbrevDot(k), x.ampersand(k):
			k++
			continue
		case t.kind == tWord && nameParticles[t.low] && x.nameWord(k+1) && k > j:
			k++
			continue
		case t.kind == tWord && t.low == "and" && k > j && x.nameWord(k-1) && x.nameWord(k+1) && x.orgAnd(j, k, x.nameEnd(k+1, hi)):
			k++ // "said the Rivers and Coasts Agency"
			continue
		case t.kind == tWord && (roleNouns[t.low] || modifier(t)) && k < j+5:
			k++
			continue
		}
		break
	}
	for k > j && !x.headWord(k-1) && !x.abbrevDot(k-1) {
		k--
	}
	if k == j {
		return 0, 0, false
	}
	return i, k, true
}

// nameEnd is the end of the run of name words from k.
func (x *text) nameEnd(k, hi int) int {
	for k < hi && (x.nameWord(k) || x.abbrevDot(k) || x.word(k) && nameParticles[x.low(k)] && x.nameWord(k+1)) {
		k++
	}
	return k
}

// skipAdjunctBefore steps left over auxiliaries and a time adjunct that sit
// between a speaker and a cue ("Putin on Dec. 7 told", "Russia has said").
func (x *text) skipAdjunctBefore(i, lo int) int {
	for i >= lo && x.word(i) && x.lexicons(i)&inAuxWords != 0 {
		i--
	}
	j, n := i, 0
	for j >= lo && x.timeToken(j) {
		j--
		n++
	}
	if n > 0 && j >= lo && x.word(j) && x.lexicons(j)&inAdjunctPreps != 0 {
		i = j - 1
		for i >= lo && x.word(i) && x.lexicons(i)&inAuxWords != 0 {
			i--
		}
	}
	return i
}

// timeToken is a token of a date or time adjunct: numbers, months, weekdays,
// "week", "statement", "video", a period after "Dec", articles.
func (x *text) timeToken(i int) bool {
	t := x.toks[i]
	if x.quoted(i) {
		return false
	}
	if t.kind != tWord {
		return t.text == "." && x.glued(i) && x.lexicons(i-1)&(inCalendarWords|inClockWords) != 0
	}
	return isNumber(t.text) || t.lexicons()&(inClockWords|inCalendarWords|inTimeWords) != 0 || t.low == "a" || t.low == "an" ||
		t.low == "the" || t.low == "state" || t.low == "local" || t.low == "national" || t.low == "this" ||
		t.low == "short" || t.low == "joint" || t.low == "written" || t.low == "televised"
}

// clockWords follow a time of day ("3.15 a.m.", "10 pm").
var clockWords = words(`a.m p.m am pm`)

// skipAdjunctAfter steps right over time and channel adjuncts after a cue
// ("said on Sunday", "said in a statement on Dec. 9", "said last week",
// "told reporters in an interview with Reuters").
func (x *text) skipAdjunctAfter(j, hi int) int {
	for {
		// AP style: "said Thursday", "said Dec. 9"
		for j < hi && x.word(j) && x.lexicons(j)&(inCalendarWords|inTimeAdverbs) != 0 {
			j++
			if x.is(j, ".") && x.glued(j) {
				j++
			}
			if j < hi && isNumber(x.toks[j].text) {
				j++
			}
			if j < hi && x.weekdayPartAt(j) {
				j++ // "said Tuesday night"
			}
		}
		if j >= hi || !x.word(j) || x.lexicons(j)&inAdjunctPreps == 0 {
			return j
		}
		k := j + 1
		if (x.low(j) == "late" || x.low(j) == "early") && x.word(k) && adjunctPreps[x.low(k)] {
			k++ // "late on Tuesday"
		}
		for k < hi && x.timeToken(k) {
			k++
		}
		e := k - 1 // the adjunct's last word, a clock's dot aside ("at 3.15 a.m.")
		if x.is(e, ".") && clockWords[x.low(e-1)] {
			e--
		}
		if k == j+1 || !(x.word(e) && e > j && (x.lexicons(e)&(inCalendarWords|inTimeWords|inClockWords) != 0 || isNumber(x.toks[e].text))) {
			return j
		}
		if k < hi && (x.low(k) == "with" || x.low(k) == "to") && x.nameWord(k+1) {
			k++
			for k < hi && (x.nameWord(k) || x.abbrevDot(k)) {
				k++
			}
		}
		j = k
	}
}

// relativeOpen returns the comma before "who", "whose" or "which" that
// opens a relative clause holding token m, within twelve tokens before it
// and in its sentence; -1 if none.
func (x *text) relativeOpen(m, lo int) int {
	for k := m - 1; k > lo && k > m-12; k-- {
		if x.quoted(k) || x.is(k, ".") && !x.abbrevDot(k) {
			return -1
		}
		if x.is(k, ",") && x.word(k+1) && (x.low(k+1) == "whose" || x.low(k+1) == "who" || x.low(k+1) == "which") {
			return k
		}
	}
	return -1
}

// addresseeAfter parses the hearer after a tell-class cue ("told Biden",
// "warned reporters", "told The Associated Press").
func (x *text) addresseeAfter(i, hi int) (int, int, bool) {
	if i >= hi || x.quoted(i) || !x.word(i) {
		return 0, 0, false
	}
	if a, b, ok := x.possessiveHearer(i, hi); ok {
		return a, b, true // "told her sister", "told the court's registrar"
	}
	if a, b, ok := x.ownOutletHearer(i, hi); ok {
		return a, b, true // "told this newspaper he had …"
	}
	if w := x.toks[i].low; addresseeWords[w] || roleNouns[w] && strings.HasSuffix(w, "s") && !isCap(x.toks[i].text) {
		return i, i + 1, true // "told reporters", "told analysts"
	}
	if a, b, ok := x.modifiedHearer(i, hi); ok {
		return a, b, true // "told union negotiators"
	}
	j := i
	if x.low(j) == "the" {
		j++
		// "told the jury", "told the committee"
		if w := x.low(j); j < hi && x.word(j) && !x.quoted(j) && !isCap(x.toks[j].text) && (addresseeWords[w] || roleNouns[w]) {
			return i, x.apposedHearerName(j+1, hi), true // "told the broadcaster Radio Tessin:"
		}
	}
	k := j
	for k < hi && (x.nameWord(k) || x.abbrevDot(k) || k > j && x.word(k) && nameParticles[x.low(k)] && x.nameWord(k+1)) {
		k++ // "told L'Écho des Cimes"
	}
	if k == j {
		return x.nounAddressee(i, hi)
	}
	return i, k, true
}

// nounAddressee parses a hearer named by a common noun: "told a jury at
// Northgate Crown Court", "told the meeting", "told a parliamentary
// committee": a determiner, up to three lower-case words, and a body or
// place linked by "at", "in" or "of".
func (x *text) nounAddressee(i, hi int) (int, int, bool) {
	if l := x.low(i); l != "the" && l != "a" && l != "an" {
		return 0, 0, false
	}
	k := i + 1
	for k < hi && k <= i+3 && x.word(k) && !x.quoted(k) && !isCap(x.toks[k].text) && !functionWords[x.low(k)] &&
		!clauseVerbs[x.low(k)] && !phraseLinks[x.low(k)] {
		if _, cue := cueWords[x.low(k)]; cue {
			break
		}
		k++
	}
	if k == i+1 {
		return 0, 0, false
	}
	if (x.low(k) == "at" || x.low(k) == "in" || x.low(k) == "of") && x.nameWord(k+1) {
		m := k + 1
		for m < hi && (x.nameWord(m) || x.word(m) && nameParticles[x.low(m)] && x.nameWord(m+1)) {
			m++
		}
		k = m
	} else {
		k = x.apposedHearerName(k, hi)
	}
	return i, k, true
}

// findSpeakerBefore finds the speaker of a cue at token c from the words before
// it: a pronoun, or a speaker phrase, possibly followed by an appositive or
// a relative clause between commas ("Dmitry Peskov, the Kremlin's
// spokesman, said").
func (x *text) findSpeakerBefore(c, lo int) (int, int, bool) {
	c = x.heardStart(c)    // "X can be heard saying": X ends before "can"
	c = x.quotedAsStart(c) // "X was quoted by HRT as saying": X ends before "was"
	if a, b, ok := x.callerFromPlace(c, lo); ok {
		return a, b, true
	}
	if a, b, ok := x.documentSentBefore(c, lo); ok {
		return a, b, true // "an email sent by a nurse on 2 May warned"
	}
	i := x.sourceLinkEnd(x.skipAdjunctBefore(c-1, lo), c, lo)
	// "The Royal College of Nursing (RCN) said": the name's letters in
	// brackets stand between the name and its cue
	if i-3 >= lo && x.is(i, ")") && x.is(i-2, "(") && x.word(i-1) && acronym(x.toks[i-1].text) {
		i -= 3
	}
	if a, b, ok := x.holderInBrackets(i, lo); ok {
		return a, b, true // "The Minister for Housing (Ada Vane) said"
	}
	i = x.bracketTagBefore(i, lo)    // "Cllr Ann Vole (Lab, Eastfield) said"
	i = x.partyTagCommaBefore(i, lo) // "Sen. Ida Marsh, D-Vt., said"
	if a, b, ok := x.documentToBody(i, lo); ok {
		return a, b, true // "A report to the cabinet said"
	}
	if i < lo || x.quoted(i) || i == c-1 && x.possessorBeforeNoun(i) || x.contractedNoSpeaker(i) {
		return 0, 0, false
	}
	if x.answerI(i) {
		return i, i + 1, true // "A. I told him, “…”": the witness
	}
	if x.narratorI(i) {
		return i, i + 1, true // "I told her I was staying" in a diary whose dek names its voice
	}
	if a, b, ok := x.relativeSpeaker(i, lo); ok {
		return a, b, true
	}
	if a, b, ok := x.readBySource(i, lo); ok && x.is(i, ",") {
		return a, b, true
	}
	if x.is(i, ",") {
		// an apposition of up to two dozen tokens ("Mr. X, a researcher at
		// … and the author of “…”, said")
		for m := i - 1; m >= lo && m > i-24; m-- {
			// "X, who appeared in the documentary “The Last Pension”, said"
			if x.quoted(m) && x.toks[m].kind == tQuote {
				if q := x.quotes[x.toks[m].quote]; q.t1 == m && q.t0 > lo && (q.title || q.words <= 6) {
					m = q.t0
					continue
				}
			}
			if t := x.partyTagBefore(m, lo); t != m {
				m = t + 1 // "Al Crane, R-Ohio., a …": the tag's dot ends no sentence
				continue
			}
			if x.quoted(m) || x.is(m, ".") && !x.abbrevDot(m) && !x.lowerAbbrevDot(m) {
				break
			}
			if t := x.bracketTagBefore(m, lo); t != m {
				m = t + 1 // "Ann Vole (Con, Eastfield), said": the tag's commas are its own
				continue
			}
			if !x.is(m, ",") || x.commaInsideOrgName(m, i, lo) {
				continue
			}
			if a, b, ok := x.pseudonymRelative(m, i); ok {
				return a, b, true // "Another, whom we are calling Tomasz, said"
			}
			// "Resident Angela Moss, 71, who has lived …, said": an age
			// between commas is part of the apposition
			if m-2 >= lo && isNumber(x.toks[m-1].text) && x.is(m-2, ",") {
				m -= 2
			}
			if a, b, ok := x.nameBeforeRoleRelative(m, lo); ok {
				return a, b, true // "Ann Lee, chief executive of Harbour Ferries, which …, said"
			}
			if a, b, ok := x.nameBeforeTitledRoleRelative(m, lo); ok {
				return a, b, true // "Ann Lee, the Green Party candidate, who runs …, said"
			}
			if a, b, ok := x.nameBeforeRoleAside(m, i, lo); ok {
				return a, b, true // "Ann Lee, buyer at Harbour Foods, one of its largest customers, said"
			}
			// "The rebel Highland Front, whose delegation was led by its
			// political chief, Daud Meskhi, said": the commas close a
			// relative clause; who speaks is before it
			if k := x.relativeOpen(m, lo); k >= 0 {
				if a, b, ok := x.speakerAt(x.skipInitialsBefore(x.tagBefore(k-1, lo), lo), lo); ok {
					return a, b, true
				}
			}
			// "The transport secretary, Joanna Reeve, told …": a name between
			// the commas after a nameless role is the speaker.
			ba, bb, before := x.speakerAt(x.skipInitialsBefore(x.tagBefore(m-1, lo), lo), lo)
			if !before {
				// "The 38-year-old, a former nurse, told …"
				ba, bb, before = x.commonNounPhrase(m-1, lo)
			}
			before = before && !x.objectOfRelative(ba, lo)
			if a, b, ok := x.phraseBefore(x.bracketTagBefore(i-1, m+1), m+1); ok && x.namesOnlyWithHonorific(m+1, a) && x.nameWord(b-1) && !(before && x.hasName(rng{ba, bb}) && !x.descriptionOfPlace(ba, bb) && !x.partyRoleOfPlace(ba, bb) && !x.participleDescriptionBefore(m, lo)) {
				return m + 1, b, true // "…, Tom Becker and Luis Ortega, said": both speak
			}
			// "Peskov, the Kremlin spokesman, said", "Judge Okafor, writing for
			// the majority, said": the phrase before the parenthesis speaks.
			if before {
				return ba, bb, true
			}
			break
		}
		return 0, 0, false
	}
	if a, b, ok := x.relativeThatSubject(i, lo); ok {
		return a, b, true // "The driver of the bus that left the road at Kell Bridge told"
	}
	// "Some parents who have chosen not to vaccinate said …"
	for m := i - 1; m > lo && m > i-12; m-- {
		if x.quoted(m) || !x.word(m) && !x.handleMark(m) {
			break
		}
		if x.low(m) == "who" {
			if a, b, ok := x.speakerAt(m-1, lo); ok && !pronouns[x.low(a)] {
				return a, b, true
			}
			// "A grandmother who spent 40 years asking for a crossing
			// has said": a noun the role lexicon does not know
			if a, b, ok := x.commonNounPhrase(m-1, lo); ok {
				return a, b, true
			}
			break
		}
	}
	// "A Senate aide familiar with the negotiations said …", "people close
	// to the board said …"
	for m := i - 1; m >= lo && m > i-8; m-- {
		if x.quoted(m) || !x.word(m) {
			break
		}
		if sourceLinks[x.low(m)] == x.low(m+1) {
			if a, _, ok := x.speakerAt(m-1, lo); ok {
				return a, i + 1, true
			}
			break
		}
	}
	if a, b, ok := x.speakerAt(i, lo); ok {
		// "the voivode of Lower Silesia said": a noun the role lexicon
		// does not know, linked to the name
		if ca, cb, ok := x.commonNounOfPlace(i, lo); ok && ca < a {
			return ca, cb, true
		}
		return a, b, true
	}
	return x.commonNounPhrase(i, lo)
}

// relativeSpeaker reads a cue opening a relative clause, "…, which said"
// or "…, who said" at token i: who speaks is the name just before the
// comma ("the appeal with the Northern League, which said it had received
// no papers").
func (x *text) relativeSpeaker(i, lo int) (int, int, bool) {
	if w := x.low(i); !x.word(i) || w != "which" && w != "who" || !x.is(i-1, ",") || x.quoted(i-1) || !relativeCues[cueWords[x.low(i+1)].lemma] && !x.relativePost(i+1) {
		return 0, 0, false
	}
	a, b, ok := x.speakerAt(x.ageAside(i-1)-1, lo)
	if !ok || !x.hasName(rng{a, b}) && !x.sourceBeforeWhich(a, b) || pronouns[x.low(a)] {
		return 0, 0, false
	}
	return a, b, true
}

// lowerAbbrevDot reports the period of a lower-case abbreviation inside a
// clause ("a fee of approx. £400,000", "est. 1921"), which ends no sentence.
func (x *text) lowerAbbrevDot(i int) bool {
	return x.is(i, ".") && x.glued(i) && x.word(i-1) && !isCap(x.toks[i-1].text) && abbreviations[x.low(i-1)] &&
		(!x.word(i+1) || !isCap(x.toks[i+1].text))
}

// relativeCues are the cues that report speech after "who" or "which"
// ("who said …"), unlike "who wrote most of them".
var relativeCues = words(`say tell add warn insist argue claim confirm state`)

// commonNounPhrase parses a speaker the role lexicon does not know, ending
// at token i: a determiner and one to three lower-case nouns that open the
// clause ("…, the harbour master said").
func (x *text) commonNounPhrase(i, lo int) (int, int, bool) {
	k, n := i, 0
	for k >= lo && n < 3 && x.word(k) && !x.quoted(k) && !isCap(x.toks[k].text) && modifier(x.toks[k]) {
		k--
		n++
	}
	if a, ok := x.possessiveOwnerAt(k, lo); ok && n > 0 {
		k = a // "Tully’s campaign said"
	} else if n == 0 || k < lo || !x.word(k) || x.quoted(k) || !isDeterminer(x.low(k)) && !looseQuantifiers[x.low(k)] {
		return 0, 0, false
	}
	if k > lo && !x.is(k-1, ",") && !x.is(k-1, ";") {
		return 0, 0, false
	}
	return k, i + 1, true
}

func (x *text) speakerAt(i, lo int) (int, int, bool) {
	if i < lo {
		return 0, 0, false
	}
	if x.word(i) && pronouns[x.toks[i].low] {
		return i, i + 1, true
	}
	return x.phraseBefore(i, lo)
}

// cueAt reports whether token i is a finite reporting verb outside any
// quotation, and whether it is a "to"-infinitive (checked by the caller).
func (x *text) cueAt(i, lo int) (cueWord, bool, bool) {
	if !x.word(i) || x.quoted(i) {
		return cueWord{}, false, false
	}
	cw, ok := x.cueWordAt(i)
	// the three cues of a participle are asked only of one, "go on" only
	// of a form of "go": cueAt is asked of nearly every word
	lex := x.lexicons(i)
	if !ok && lex&inParticiples != 0 {
		cw, ok = x.aspectualCue(i) // "keeps saying"
		if !ok {
			cw, ok = x.heardCue(i) // "can be heard saying"
		}
		if !ok {
			cw, ok = x.quotedAsCue(i) // "was quoted by HRT as saying"
		}
	}
	if !ok && lex&inGoOnForms != 0 {
		cw, ok = x.goOnCueAt(i) // "“…,” he went on."
	}
	if !ok {
		cw, ok = x.statesCueAt(i) // "The recommendation states: ‘…’"
	}
	if !ok {
		cw, ok = x.readCueAt(i) // "The sign read: “…”"
	}
	if !ok || x.nounBeforeCue(i, cw) || x.foundOut(i, cw) { // "The budget report said …"
		return cueWord{}, false, false
	}
	// "The Fenwick Report was published …": a capitalised cue word after
	// a name's word, in a sentence written in lower case, ends the name
	// (a headline in title case, "Minister Says Rates Will Rise", keeps
	// its verb)
	if i > lo && isCap(x.toks[i].text) && x.word(i-1) && isCap(x.toks[i-1].text) && x.word(i+1) && !isCap(x.toks[i+1].text) {
		return cueWord{}, false, false
	}
	p := i - 1
	for p >= lo && x.word(p) && auxWords[x.toks[p].low] && x.toks[p].low != "has" && x.toks[p].low != "have" && x.toks[p].low != "had" {
		p--
	}
	if p >= lo && x.word(p) {
		prev := x.toks[p].low
		if prev == "to" {
			if p == i-1 && pluralAfterTo(x.toks[i].low, cw) {
				return cueWord{}, false, false // "called to reports that"
			}
			return cw, true, true
		}
		if blockCue[prev] && !x.monthMay(p) || strings.HasSuffix(prev, "n't") {
			return cueWord{}, false, false // "may say", not "on 3 May said"
		}
		if isDeterminer(prev) && prev != "his" && prev != "her" {
			return cueWord{}, false, false // "the said agreement", "a report"
		}
	}
	return cw, true, false
}
