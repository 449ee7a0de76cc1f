package suggest

import "sync"

// This file answers, for a bare word, which of the lexicons the resolver
// asks about a phrase's words (gendered words, titles, role nouns, heads
// of bodies, determiners …) hold it: one lookup in wordClassTable, where
// describe, describeWords and personName asked up to five maps a word.

// wordClasses is a set of the resolver's lexicons holding a bare word.
type wordClasses uint16

const (
	inFemaleWords wordClasses = 1 << iota
	inMaleWords
	inTitleWords
	inRoleNouns
	inRoleNounStems // the word with an "s" after it is a role noun ("minister" of "ministers")
	inOrgRoles
	inDocumentNouns
	inOrgHeads
	inDeterminers
	inNameParticles
)

// classesOf returns the lexicons that hold the bare word b.
func classesOf(b string) wordClasses {
	return wordClassTable()[b]
}

// wordClassTable maps every word of the lexicons classesOf answers for to
// the set of them that hold it, made on first use (after the package's
// init functions have filled the lexicons).
var wordClassTable = sync.OnceValue(func() map[string]wordClasses {
	t := map[string]wordClasses{}
	for _, in := range []struct {
		set wordClasses
		lex lexicon
	}{
		{inFemaleWords, femaleWords},
		{inMaleWords, maleWords},
		{inTitleWords, titleWords},
		{inRoleNouns, roleNouns},
		{inOrgRoles, orgRoles},
		{inDocumentNouns, documentNouns},
		{inOrgHeads, orgHeads},
		{inDeterminers, determiners},
		{inNameParticles, nameParticles},
	} {
		for w, held := range in.lex {
			if held {
				t[w] |= in.set
			}
		}
	}
	for w, held := range roleNouns {
		if held && len(w) > 0 && w[len(w)-1] == 's' {
			t[w[:len(w)-1]] |= inRoleNounStems
		}
	}
	return t
})
