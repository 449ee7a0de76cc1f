package ingest

import "regexp"

// A plain-text table's caption may stand a paragraph of its own above the
// grid, set apart by a blank line ("Median wait for planned treatment,
// Northfield trust (weeks)" then the rows), where removeSpacedTables only
// takes a short title line in the table's own block. Such a line names
// the table, not the prose: it is no sentence and closes on the note of
// the unit its figures are in, in brackets ("(weeks)", "(£m)", "(%)",
// "(per 1,000 people)"). A heading without such a note, or a sentence,
// stays.

// reUnitNote matches a short note in brackets closing a caption: one to
// four words or signs, the unit of the figures below.
var reUnitNote = regexp.MustCompile(`\([^()\s]+(?: [^()\s]+){0,3}\)$`)

// maxSpacedCaptionWords is the most words a table's caption line has.
const maxSpacedCaptionWords = 16

// spacedTableCaptionAbove reports the unit right before unit i, the first
// row of a plain-text table, when it is a paragraph of its own in the
// block before the table's and reads as the table's caption.
func spacedTableCaptionAbove(units []unit, kinds []junk, wc []int, i int) (int, bool) {
	h := i - 1
	if h < 0 || units[h].block == units[i].block || units[h].role != "" || kinds[h] != keep {
		return 0, false
	}
	if h > 0 && units[h-1].block == units[h].block {
		return 0, false // one line of a longer paragraph
	}
	t := units[h].text
	if wc[h] > maxSpacedCaptionWords || endsSentence(t) || !reUnitNote.MatchString(t) && !reCaptionNote.MatchString(t) {
		return 0, false
	}
	return h, true
}
