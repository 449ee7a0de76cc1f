package ingest

import (
	"strings"
	"unicode"
)

// A story about an accident or a rescue may close with the desk's safety
// box: a heading in capitals ("OUT ON THE WATER? STAY SAFE"), three or
// more "- " tips, and perhaps a slogan of one- to three-word sentences
// ("Plan. Prepare. Tell someone."). It is advice to the reader, not the
// reporting, and nothing in it is said by anyone in the story. It is taken
// only last in the kept text, with no quotation in its tips: a capitals
// subheading over a list inside the story, a heading in ordinary case, or
// fewer than three tips stay. removeReaderAdviceBoxes knows boxes by
// their heading's words; this one is known by its shape.

// capsBoxHeading reports a heading in capitals of up to eight words.
func capsBoxHeading(s string, words int) bool {
	return words >= 2 && words <= 8 && strings.ContainsFunc(s, unicode.IsLetter) && !strings.ContainsFunc(s, unicode.IsLower)
}

// sloganLine reports a line of two to four sentences of up to three words
// each: "Plan. Prepare. Tell someone."
func sloganLine(s string) bool {
	parts := splitSentences(s)
	if len(parts) < 2 || len(parts) > 4 || !endsSentence(s) || strings.ContainsAny(s, "\"“”") {
		return false
	}
	for _, p := range parts {
		if wordCount(p) > 3 {
			return false
		}
	}
	return true
}

// removeSafetyTipBoxes removes such a box last in the kept text.
func removeSafetyTipBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := range units {
		if kinds[i] != keep || units[i].role != "" || !capsBoxHeading(strings.Trim(units[i].text, "*_#> "), wc[i]) {
			continue
		}
		j := i + 1
		for j < len(units) && kinds[j] == keep && units[j].role == "" && wc[j] <= 20 && impactBullet(units[j].text) &&
			!strings.ContainsAny(units[j].text, "\"“”") {
			j++
		}
		if j-i-1 < 3 {
			continue
		}
		if j < len(units) && kinds[j] == keep && units[j].role == "" && sloganLine(units[j].text) {
			j++
		}
		if nextKept(kinds, j) >= 0 {
			continue
		}
		for k := i; k < j; k++ {
			kinds[k] = junkChrome
			removed[k] = []string{units[k].text}
		}
		return
	}
}
