package ingest

import "strings"

// A report laid out in sections opens its first section under the title
// with a heading in capitals ("CURRENT SITUATION", then "ROAD
// CLOSURES", "WEATHER" further down). removeByPosition takes a short line
// in capitals between the headline and the story for a label
// ("DEVELOPING STORY", "EXCLUSIVE"), so the first section heading went
// while the later ones stayed.

// capitalSectionHeading reports that the line in capitals at i opens the
// first of the page's sections: it is no label word ("EXCLUSIVE",
// notPlaces), it stands in a block of its own, and two or more lines of
// the same shape further down each stand alone over a paragraph of prose.
func capitalSectionHeading(units []unit, kinds []junk, wc []int, i int) bool {
	if !capitalHeadingAt(units, wc, i) {
		return false
	}
	for _, f := range strings.Fields(units[i].text) {
		if notPlaces[strings.Trim(f, ":,.")] {
			return false
		}
	}
	others := 0
	for j := i + 1; j < len(units); j++ {
		if kinds[j] == keep && units[j].role == "" && capitalHeadingAt(units, wc, j) && proseAfter(units, kinds, wc, j) {
			others++
		}
	}
	return others >= 2
}

// capitalHeadingAt reports a line of one to six words in capitals, with
// no figure, alone in its block and ending no sentence.
func capitalHeadingAt(units []unit, wc []int, i int) bool {
	t := units[i].text
	return wc[i] >= 1 && wc[i] <= 6 && upperCase(t) && !strings.ContainsAny(t, "0123456789") && !endsSentence(t) && soleLine(units, i)
}

// proseAfter reports that the next kept line after i is a line of prose
// of eight words or more.
func proseAfter(units []unit, kinds []junk, wc []int, i int) bool {
	for j := i + 1; j < len(units); j++ {
		if kinds[j] == keep {
			return wc[j] >= 8
		}
	}
	return false
}
