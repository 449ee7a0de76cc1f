package ingest

import "regexp"

// A plain-text table's title line may open on a label in capitals and then
// say what the figures are: "RESULTS AT A GLANCE: A*/A grades, % of
// entries", "HOW THE WARDS VOTED: share of the vote by party". It runs past
// the eight words removeSpacedTables allows a title right above the rows,
// so it stayed as a paragraph after the grid was removed. The label in
// capitals and its colon mark it as a title; a sentence in the same place
// ends on a full stop, and prose does not open on a label in capitals.

// reTableTitleLabel matches a title opening on a label of two words or
// more in capitals and a colon.
var reTableTitleLabel = regexp.MustCompile(`^\p{Lu}[\p{Lu}'’&-]*(?: [\p{Lu}'’&-]+){1,6}: \S`)

// tableTitleLabel reports such a title line over a table's rows (at most
// maxSpacedCaptionWords words).
func tableTitleLabel(s string, words int) bool {
	return words <= maxSpacedCaptionWords && !endsSentence(s) && reTableTitleLabel.MatchString(s)
}
