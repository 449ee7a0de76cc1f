package ingest

import (
	"strings"
	"unicode"
)

// A social post pasted into a story as plain text keeps its frame: the
// account's name over a stamp with the audience icon ("Saturday at 21:14
// · 🌍", "3 March at 09:12 · 👥"), the post's text, and its action bar
// ("Like    Comment    Share") under the counters. The stamp and the
// icon are the platform's, not the post's, and the name over them is a
// label, not a sentence; the action bar is the forum's kind of bar
// (postActionLine). The stamp must be a date line (isDateLine) followed
// only by "·" and symbols; the name a short line of capitalised words
// right above it; the bar within the four lines after the post's text.
// The post's text stays: it is what the story quotes.

// postAudienceStamp reports a post's stamp with its audience icon.
func postAudienceStamp(s string, words int) bool {
	if words > 8 {
		return false
	}
	stamp, icon, ok := strings.Cut(s, " · ")
	if !ok || !isDateLine(strings.TrimSpace(stamp)) {
		return false
	}
	icon = strings.TrimSpace(icon)
	if icon == "" {
		return false
	}
	for _, r := range icon {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// postAccountName reports a short line of capitalised words with no
// sentence in it: an account's name.
func postAccountName(s string, words int) bool {
	if words == 0 || words > 5 || endsSentence(s) || strings.ContainsAny(s, ",:;\"“”") {
		return false
	}
	for _, w := range strings.Fields(s) {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '@' {
			return false
		}
	}
	return true
}

// removeSocialPostStamps removes a pasted post's account name, stamp and
// action bar.
func removeSocialPostStamps(units []unit, kinds []junk, removed [][]string, wc []int) {
	drop := func(k int) {
		kinds[k] = junkChrome
		removed[k] = []string{units[k].text}
	}
	for i := range units {
		if kinds[i] != keep || units[i].role != "" || !postAudienceStamp(units[i].text, wc[i]) {
			continue
		}
		drop(i)
		if p := i - 1; p >= 0 && kinds[p] == keep && units[p].role == "" && postAccountName(units[p].text, wc[p]) {
			drop(p)
		}
		post := nextKept(kinds, i+1)
		if post < 0 {
			continue
		}
		for k := post + 1; k < len(units) && k <= post+4; k++ {
			if kinds[k] == keep && units[k].role == "" && postActionLine(units[k].text) {
				drop(k)
				break
			}
		}
	}
}
