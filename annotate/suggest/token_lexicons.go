package suggest

import (
	"sync"
	"unicode/utf8"
)

// This file answers, for each token, which of the lexicons the scanner
// asks about most (function words, calendar words, pronouns, cue words …)
// hold its lower-case form: looked up once a token, then read from a
// slice, where the scanner asked the maps again for every sentence and
// phrase that took the token in.

// tokenLexicons is a set of lexicons holding a token's lower-case form.
type tokenLexicons uint32

const (
	inFunctionWords tokenLexicons = 1 << iota
	inCalendarWords
	inGivenMonths
	inPronouns
	inQuestionAuxiliaries
	inCueWords
	inParticiples
	inCharacterise
	inAbbreviations
	inCompanySuffixes
	inWorkWords
	inGoOnForms
	inModifierWords
	inAuxWords
	inBlockCue
	inClockWords
	inTimeWords
	inSentenceOpeners
	inPhraseLinks
	inObjectWords
	inFullStatementNouns
	inFullStatementWords
	inAdjunctPreps
	inTimeAdverbs
	inRoleNounsLow // roleNouns, asked of a token's lowered text (wordClasses has inRoleNouns for bare words)
	lexiconsKnown  // the set has been worked out
)

// lexiconsOf returns the lexicons that hold low: one lookup in
// lexiconTable, where asking each lexicon was eight.
func lexiconsOf(low string) tokenLexicons {
	return lexiconsIn(lexiconTable(), lexiconKeysAreWords(), low)
}

// lexiconsIn is lexiconsOf with lexiconTable and lexiconKeysAreWords
// asked already (once for all of a document's tokens).
func lexiconsIn(table map[string]tokenLexicons, keysAreWords bool, low string) tokenLexicons {
	if r, _ := utf8.DecodeRuneInString(low); !isWordRune(r) && keysAreWords {
		return lexiconsKnown // a mark or a sign: no lexicon holds it
	}
	return lexiconsKnown | table[low]
}

// lexiconKeysAreWords reports whether every word of lexiconTable opens
// with a letter or a digit, so that a token opening with any other rune (a
// comma, a quotation mark) is in none without asking the table.
var lexiconKeysAreWords = sync.OnceValue(func() bool {
	for w := range lexiconTable() {
		if r, _ := utf8.DecodeRuneInString(w); !isWordRune(r) {
			return false
		}
	}
	return true
})

// lexiconTable maps every word of the lexicons lexiconsOf answers for to
// the set of them that hold it, made on first use (after the package's
// init functions have filled the lexicons).
var lexiconTable = sync.OnceValue(func() map[string]tokenLexicons {
	t := map[string]tokenLexicons{}
	for _, in := range []struct {
		set tokenLexicons
		lex lexicon
	}{
		{inFunctionWords, functionWords},
		{inCalendarWords, calendarWords},
		{inGivenMonths, givenMonths},
		{inPronouns, pronouns},
		{inQuestionAuxiliaries, questionAuxiliaries},
		{inCharacterise, characterise},
		{inAbbreviations, abbreviations},
		{inCompanySuffixes, companySuffixes},
		{inWorkWords, workWords},
		{inGoOnForms, goOnForms},
		{inModifierWords, modifierWords},
		{inAuxWords, auxWords},
		{inBlockCue, blockCue},
		{inClockWords, clockWords},
		{inTimeWords, timeWords},
		{inSentenceOpeners, sentenceOpeners},
		{inPhraseLinks, phraseLinks},
		{inObjectWords, objectWords},
		{inFullStatementNouns, fullStatementNouns},
		{inFullStatementWords, fullStatementWords},
		{inAdjunctPreps, adjunctPreps},
		{inTimeAdverbs, timeAdverbs},
		{inRoleNounsLow, roleNouns},
	} {
		for w, held := range in.lex {
			if held {
				t[w] |= in.set
			}
		}
	}
	for w := range cueWords {
		t[w] |= inCueWords
	}
	for w := range participles {
		t[w] |= inParticiples
	}
	return t
})

// lexicons is the set of lexicons that hold the lower-case form of token
// i (x.low(i)). The scanner asks it of every word many times over, so
// load works the sets out once for all tokens (tokenLexiconSets) and this
// reads them, small enough to be inlined.
func (x *text) lexicons(i int) tokenLexicons {
	if uint(i) < uint(len(x.lex)) {
		return x.lex[i]
	}
	return x.lexiconsOutside(i)
}

// lexiconsOutside is lexicons for a token outside x.lex: past either end,
// or in a text not made by load (a test's).
func (x *text) lexiconsOutside(i int) tokenLexicons {
	if i < 0 || i >= len(x.toks) {
		return lexiconsOf("")
	}
	x.lex = tokenLexiconSets(x.toks)
	return x.lex[i]
}

// tokenLexiconSets lists the lexicons holding each token's lower-case form.
func tokenLexiconSets(toks []token) []tokenLexicons {
	lex := make([]tokenLexicons, len(toks))
	table, byWords := lexiconTable(), lexiconKeysAreWords()
	for i := range toks {
		lex[i] = lexiconsIn(table, byWords, toks[i].low)
		toks[i].lex = lex[i]
	}
	return lex
}

// lexicons is the set of lexicons that hold t.low: the one load worked
// out (tokenLexiconSets), or looked up for a token made otherwise.
func (t *token) lexicons() tokenLexicons {
	if t.lex != 0 {
		return t.lex
	}
	return lexiconsOf(t.low)
}

// cueWordAt is cueWords[x.low(i)], the map asked only for a token it holds.
func (x *text) cueWordAt(i int) (cueWord, bool) {
	if x.lexicons(i)&inCueWords == 0 {
		return cueWord{}, false
	}
	cw, ok := cueWords[x.low(i)]
	return cw, ok
}

// participleAt is participles[x.low(i)], the map asked only for a token it
// holds.
func (x *text) participleAt(i int) (cueWord, bool) {
	if x.lexicons(i)&inParticiples == 0 {
		return cueWord{}, false
	}
	pw, ok := participles[x.low(i)]
	return pw, ok
}
