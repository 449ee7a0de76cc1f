package suggest

import "strings"

// This file keeps a gendered title on a surname alone ("Mrs Penrose", "Mr
// Hale") off a full name of the other gender. The surname table keeps the
// longest name ending in the word, and prefers one whose given name is a
// known one ("Owen Penrose") over one whose given name the lists lack
// ("Dilys Penrose"); when several relatives share the surname, "Mrs
// Penrose" would then become her brother. A title that tells a gender
// takes, instead, the earliest name sharing the surname that is not known
// to be of the other gender; a title with no gender, or a name of the
// title's gender or of none, is left as the table has it.

// titledSurnameFit returns full, the table's name for the surname alone
// person, unless the title's gender g is known and full's is the other;
// then the earliest name sharing the surname whose gender is g or unknown,
// or person itself when there is none.
func (r *resolver) titledSurnameFit(full, person []string, g byte) []string {
	if g == 0 || len(person) != 1 {
		return full
	}
	if fg := r.nameGender(full); fg == 0 || fg == g {
		return full
	}
	for _, n := range r.sharing[bare(person[0])] {
		if ng := r.nameGender(n); ng == 0 || ng == g {
			return n
		}
	}
	return person
}

// nameGender is the gender a full name was given by a title or pronoun, or
// else the one its given name tells; 0 when neither tells one.
func (r *resolver) nameGender(name []string) byte {
	if g := r.genders[strings.Join(name, " ")]; g != 0 {
		return g
	}
	return givenGender(name[0])
}
