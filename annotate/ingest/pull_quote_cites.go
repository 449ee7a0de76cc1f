package ingest

import (
	"regexp"
	"strings"
)

// A magazine's pull quote may name its source in a <cite> line with no
// dash before it: the speaker, then the book, show or role ("Lyra Vance,
// Salt in the Wires" style: "Ina Marsh, The Long Field", "Tom Ruddle,
// harbour master"). removePullQuoteCredits (briefings_and_interviews.go)
// only knew the "— Name" credit, so the pull quote went and its credit
// stayed as a paragraph of its own. Only a line right under the removed
// quotation goes, and only when the story names the same person (the
// name's last word) in a kept paragraph: a name line under a kept
// paragraph, a name the story never mentions, or a line that makes a
// sentence, stays.

// rePullQuoteCite matches such a credit: two to four capitalised words of
// a name, a comma, and a title or role of up to eight words, perhaps with
// where it was said after a second comma ("Marta Lind, chief executive, in
// the memo": the role alone used to be the whole line, so such a credit
// stayed).
var rePullQuoteCite = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?:, [\p{L}\d'’ :-]{2,60}){1,2}$`)

// removePullQuoteCites removes the undashed credit line of a pull quote the
// cleaner removed, right under it.
func removePullQuoteCites(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 1; i < len(units); i++ {
		if kinds[i] != keep || units[i].role != "" || wc[i] > 10 || endsSentence(units[i].text) {
			continue
		}
		t := strings.Trim(units[i].text, "*_ ")
		if !rePullQuoteCite.MatchString(t) || !namedElsewhere(units, kinds, i, t[:strings.Index(t, ",")]) {
			continue
		}
		if afterRemovedQuote(units, kinds, i) {
			kinds[i] = junkChrome
			removed[i] = []string{units[i].text}
		}
	}
}

// namedElsewhere reports whether the last word of name stands as a word in
// a kept unit other than the i-th; a name set in capitals matches the
// story's "Okonedo" whatever its case.
func namedElsewhere(units []unit, kinds []junk, i int, name string) bool {
	f := strings.Fields(name)
	last := f[len(f)-1]
	upper := strings.ToUpper(last) == last // a credit set in capitals: "RUTH OKONEDO, CHAIR OF …"
	for j, u := range units {
		if j == i || kinds[j] != keep {
			continue
		}
		for _, w := range strings.Fields(u.text) {
			w = strings.TrimRight(w, ".,;:!?”’\"'")
			bare := strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
			if w == last || bare == last || upper && strings.EqualFold(bare, last) {
				return true
			}
		}
	}
	return false
}
