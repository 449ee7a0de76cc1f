package suggest

import (
	"strings"
	"unicode"
)

// extendsByOneWord reports whether the name full is the name short with
// one more word after it ("Halcyon Tide Ferries" of "Halcyon Tide"), short
// having n words: strings.Fields(full) has n+1 words and full begins with
// short and a space. bodyFullName asks it for every pair of mentions, so
// it tells most pairs apart by their first bytes and splits nothing.
func extendsByOneWord(full, short string, n int) bool {
	if len(full) <= len(short) || full[len(short)] != ' ' || !strings.HasPrefix(full, short) {
		return false
	}
	return fieldCount(full) == n+1
}

// fieldCount is len(strings.Fields(s)) without making the slice.
func fieldCount(s string) int {
	n := 0
	inField := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inField = false
		} else if !inField {
			inField = true
			n++
		}
	}
	return n
}
