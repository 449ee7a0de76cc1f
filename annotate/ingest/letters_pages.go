package ingest

import (
	"regexp"
	"strings"
)

// A letters-to-the-editor page prints each letter under a title of its own
// and over a signature ("— Name, Town"). Readers title their letters as
// campaigns ("Save the bandstand", "Keep our library open", "Stop the
// bypass"), in the shape of a page's calls to act, so the shape rules took
// them for a promo button. Between two letters such a line is the next
// letter's title and stays.

// reLetterSignature matches a letter's signature line: a dash, a name and,
// after a comma, the writer's town or role ("— Ann Roe, Kelmouth",
// "– Sam Ng, secretary, Pier Trust, Elmbridge").
var reLetterSignature = regexp.MustCompile(`^[—–-]\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|di|le|la)){0,4},\s*\p{L}[^.!?]{1,80}$`)

// letterSignature reports a letter's signature line.
func letterSignature(s string, words int) bool {
	return words <= 14 && reLetterSignature.MatchString(s)
}

// signedLetters counts the kept signature lines of a letters page.
func signedLetters(units []unit, kinds []junk, wc []int) (count, last int) {
	last = -1
	for i, u := range units {
		if kinds[i] == keep && u.role == "" && letterSignature(u.text, wc[i]) {
			last = i
			count++
		}
	}
	return count, last
}

// closingLetterSignature reports the signature of a letters page's last
// letter, which ends the page on a short line as another story's title
// would: the page's other letters are signed the same way.
func closingLetterSignature(units []unit, kinds []junk, wc []int, i int) bool {
	if !letterSignature(units[i].text, wc[i]) {
		return false
	}
	count, _ := signedLetters(units, kinds, wc)
	return count >= 2
}

// keepLetterTitles keeps, on a page with two signed letters or more, the
// title of a letter that the shape rules took for a call to act: a short
// line in a block of its own, right above a paragraph of the letter, with
// a signature still to come below it.
func keepLetterTitles(units []unit, kinds []junk, removed [][]string, wc []int) {
	signatures, lastSignature := signedLetters(units, kinds, wc)
	if signatures < 2 {
		return
	}
	for i := 0; i+1 < lastSignature; i++ {
		u := units[i]
		if kinds[i] != junkChrome || u.junk != keep || u.role != "" || !ctaLine(u.text, strings.ToLower(u.text), wc[i]) {
			continue
		}
		next := units[i+1]
		if next.block == u.block || kinds[i+1] != keep || next.role != "" || wc[i+1] < 15 {
			continue
		}
		if i > 0 && units[i-1].block == u.block {
			continue // a line of a box, not a title standing alone
		}
		kinds[i] = keep
		removed[i] = nil
	}
}
