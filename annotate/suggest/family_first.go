package suggest

import (
	"strings"
	"unicode"
)

// familyFirst returns, for a family name alone under a title that tells a
// gender ("Ms Lee"), the one name written family name first ("Lee
// Hye-won", a hyphenated given name after it) when every name ending in
// that word is known to be of the other gender ("Daniel Lee"); nil
// otherwise. With no such clash the usual surname match stands.
func (r *resolver) familyFirst(person []string, g byte) []string {
	if len(person) != 1 || g == 0 {
		return nil
	}
	key := bare(person[0])
	full := r.firsts[key]
	if len(full) != 2 || !hyphenedGiven(full[1]) || r.genders[strings.Join(full, " ")] != 0 && r.genders[strings.Join(full, " ")] != g {
		return nil
	}
	others := r.sharing[key]
	if len(others) == 0 {
		return nil
	}
	for _, n := range others {
		ng := r.genders[strings.Join(n, " ")]
		if ng == 0 {
			ng = givenGender(n[0])
		}
		if ng == 0 || ng == g {
			return nil
		}
	}
	return full
}

// hyphenedGiven reports a given name of two syllables joined by a hyphen,
// the second in lower case, as East Asian given names are written in the
// Latin alphabet: "Hye-won", "Ji-ho", "Xiao-ming"; not "Smith-Jones".
func hyphenedGiven(w string) bool {
	w = strings.TrimSuffix(w, ".")
	h := strings.IndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) || strings.Count(w, "-") != 1 {
		return false
	}
	first, second := []rune(w[:h]), []rune(w[h+1:])
	return unicode.IsUpper(first[0]) && unicode.IsLower(second[0]) && len(first) <= 5 && len(second) <= 5
}
