package ingest

import (
	"strings"
	"unicode"
)

// A story's Markdown section heading may be worded as a call to act ("##
// Help name the cub", "## Have your say on the route"), and ctaLine took it
// for a promo's button. A heading that opens a section of the story has a
// paragraph of prose under it that takes up its words ("Keepers have
// shortlisted three names…" under "Help name the cub"); a promo's heading
// ("## Keep reading", "## Sign up") has links or an appeal under it, which
// go, or prose on another subject.

// restoreImperativeSectionHeadings keeps again a Markdown heading of at
// most six words removed as a call to act, when the next unit is a kept
// paragraph of prose (ten words or more, ending a sentence) that shares a
// word of four letters or more with it (by its first four letters) and the
// heading names nothing an outlet sells (promoNouns).
func restoreImperativeSectionHeadings(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if u.heading == 0 || kinds[i] != junkChrome || len(removed[i]) != 1 || removed[i][0] != u.text || wc[i] > 6 {
			continue
		}
		lower := strings.ToLower(u.text)
		if !ctaLine(u.text, lower, wc[i]) || sellsSomething(" "+lower+" ") {
			continue
		}
		j := i + 1
		if j >= len(units) || kinds[j] != keep || units[j].role != "" || units[j].heading != 0 || wc[j] < 10 || !endsSentence(units[j].text) {
			continue
		}
		// the words after the verb: "name the cub" of "Help name the cub"
		if _, rest, ok := strings.Cut(lower, " "); ok && sharesWordStem(rest, strings.ToLower(units[j].text)) {
			kinds[i] = keep
			removed[i] = nil
		}
	}
}

// sellsSomething reports a line naming what an outlet sells (promoNouns).
func sellsSomething(lower string) bool {
	for _, n := range promoNouns {
		if strings.Contains(lower, n) {
			return true
		}
	}
	return false
}

// sharesWordStem reports a word of four letters or more of head whose
// first four letters begin a word of text.
func sharesWordStem(head, text string) bool {
	isSep := func(r rune) bool { return !unicode.IsLetter(r) }
	stems := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, isSep) {
		if r := []rune(w); len(r) >= 4 {
			stems[string(r[:4])] = true
		}
	}
	for _, w := range strings.FieldsFunc(head, isSep) {
		if r := []rune(w); len(r) >= 4 && stems[string(r[:4])] {
			return true
		}
	}
	return false
}
