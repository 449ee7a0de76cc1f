package suggest

import "sync"

// This file answers, for a bare word, which of the lexicons the resolver
// asks about a phrase's words (gendered words, titles, role nouns, heads
// of bodies, determiners, given names, kin …) hold it: one lookup in
// wordClassTable, where describe, describeWords, personName, nameLike and
// givenGender asked up to five maps a word.

// wordClasses is a set of the resolver's lexicons holding a bare word.
type wordClasses uint32

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
	inGivenFemale
	inGivenMale
	inKinFemale
	inKinMale
	inDeptWords
	inPartyMembers
	inFunctionWordsBare // functionWords, asked of a bare word (tokens have inFunctionWords)
	inCompanyWords
	inLooseQuantifiers
	inClosingOrgHeads
	inCompanySuffixesBare // companySuffixes, asked of a bare word (tokens have inCompanySuffixes)
)

// wordClassLexicons lists the lexicons wordClassTable is made from, each
// with its member of wordClasses.
func wordClassLexicons() []struct {
	set wordClasses
	lex lexicon
} {
	return []struct {
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
		{inGivenFemale, givenFemale},
		{inGivenMale, givenMale},
		{inKinFemale, kinFemale},
		{inKinMale, kinMale},
		{inDeptWords, deptWords},
		{inPartyMembers, partyMembers},
		{inFunctionWordsBare, functionWords},
		{inCompanyWords, companyWords},
		{inLooseQuantifiers, looseQuantifiers},
		{inClosingOrgHeads, closingOrgHeads},
		{inCompanySuffixesBare, companySuffixes},
	}
}

// classesOf returns the lexicons that hold the bare word b.
func classesOf(b string) wordClasses {
	return wordClassTable()[b]
}

// classesOfBytes is classesOf(string(b)), without making the string.
func classesOfBytes(b []byte) wordClasses {
	return wordClassTable()[string(b)]
}

// wordClassTable maps every word of the lexicons classesOf answers for to
// the set of them that hold it, made on first use (after the package's
// init functions have filled the lexicons).
var wordClassTable = sync.OnceValue(func() map[string]wordClasses {
	t := map[string]wordClasses{}
	for _, in := range wordClassLexicons() {
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
