package ingest

import (
	"regexp"
	"strings"
)

// reChartTitle matches a data story's chart or table title: what is
// counted, a colon, then the measure in lower case ("Brenmoor Water storm
// overflows: hours of spills by year", "Ward turnout: share of voters by
// age").
var reChartTitle = regexp.MustCompile(`^\p{Lu}[^:.!?]{2,80}: \p{Ll}[^:.!?]{4,100}$`)

// chartTitle reports such a title set right above a plain-text table's
// rows in the same block. removeSpacedTables takes a title there of up to
// eight words, or one opening on a label in capitals (table_title_labels.go);
// a data desk's titles run longer and say subject and measure around a
// colon. A line there that reports, quotes or ends a sentence is prose.
func chartTitle(s string, words int) bool {
	if words > maxSpacedCaptionWords || strings.ContainsAny(s, "\"“”") || endsSentence(s) || reported(strings.ToLower(s)) {
		return false
	}
	return reChartTitle.MatchString(s)
}
