package ingest

import (
	"regexp"
	"strings"
)

// reDishLine matches one line of a menu set in a review: a dish as a
// short capitalised phrase, most often a comma list of what is on the
// plate, and its price at the end ("Ember loaf, cultured butter £6",
// "Roast hake, mussels £24.50").
var reDishLine = regexp.MustCompile(`^\p{Lu}[^.!?:;"“”‘’]{2,80}? [£$€]\d{1,3}(?:\.\d\d)?$`)

// removeMenuBoxes removes a menu excerpt boxed inside a restaurant review:
// two dish lines or more set line by line in one block, and the short
// label just above them in that block ("From the menu", "What we ate").
// The review's prose describes the same dishes; the box is a list of
// prices. A sentence that ends on a price runs on from a verb and carries
// a full stop, and a lone priced line is no box.
func removeMenuBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	dish := func(k int) bool {
		return kinds[k] == keep && units[k].role == "" && wc[k] <= 14 && reDishLine.MatchString(strings.TrimSpace(units[k].text))
	}
	for i := 0; i < len(units); i++ {
		if !dish(i) {
			continue
		}
		j := i + 1
		for j < len(units) && units[j].block == units[i].block && dish(j) {
			j++
		}
		if j-i < 2 {
			continue
		}
		start := i
		if h := i - 1; h >= 0 && units[h].block == units[i].block && kinds[h] == keep && units[h].role == "" &&
			wc[h] <= 4 && !endsSentence(units[h].text) {
			start = h
		}
		for k := start; k < j; k++ {
			kinds[k], removed[k] = junkChrome, []string{units[k].text}
		}
		i = j - 1
	}
}
