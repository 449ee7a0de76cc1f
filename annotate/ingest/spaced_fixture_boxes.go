package ingest

import (
	"regexp"
	"strings"
)

// A club page or a sports desk drops a fixture box into a story as plain
// text: a capitalised heading ("NEXT MATCH", "Fixtures") over lines whose
// fields are lined up by runs of spaces, the date, "Home v Away", the
// kick-off and the ground ("Sat 7 Mar   Athletic v Rovers   15:00   Mill
// Road"). fixtureLine (envelopes_and_boxes.go) knows the "·" form only,
// and removeSpacedTables wants a table of figures, so the box stayed in
// the body. A line goes when its cells are a fixture: one cell is "Home v
// Away" and another a day, a date or a time; the heading over such lines
// goes with them. A sentence that names a match ("Athletic v Rovers kicks
// off at 15:00.") has no columns and stays, and so does a heading over a
// paragraph.

var (
	// reFixtureBoxHeading matches a fixture box's heading.
	reFixtureBoxHeading = regexp.MustCompile(`^(?i:next (?:match|game|fixture|home (?:match|game)|away (?:match|game))|next up|up next|coming up|fixtures?|upcoming fixtures?|next fixtures?|forthcoming fixtures?)\s*:?$`)
	// reFixtureDate matches a short date cell: "Sat 7 Mar", "7 March",
	// "Saturday 7 March".
	reFixtureDate = regexp.MustCompile(`^(?:\p{L}{3,9},? )?\d{1,2}(?:st|nd|rd|th)? \p{L}{3,9}$|^\p{L}{3,9},? \p{L}{3,9} \d{1,2}$`)
)

// spacedFixtureLine reports a fixture set in space-aligned cells.
func spacedFixtureLine(s string) bool {
	cells := spacedColumns(s)
	if cells == nil || len(cells) > 6 {
		return false
	}
	teams, when := 0, 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		switch {
		case reFixtureTeams.MatchString(c):
			teams++
		case reFixtureWhen.MatchString(c) || reFixtureDate.MatchString(c):
			when++
		}
	}
	return teams == 1 && when >= 1
}

// removeSpacedFixtureBoxes removes space-aligned fixture lines and the
// heading right above a run of them.
func removeSpacedFixtureBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i < len(units); i++ {
		if kinds[i] != keep || units[i].role != "" || !spacedFixtureLine(units[i].text) {
			continue
		}
		if h := i - 1; h >= 0 && kinds[h] == keep && units[h].role == "" && wc[h] <= 4 &&
			reFixtureBoxHeading.MatchString(strings.Trim(units[h].text, "*_#> ")) {
			kinds[h] = junkChrome
			removed[h] = []string{units[h].text}
		}
		kinds[i] = junkChrome
		removed[i] = []string{units[i].text}
	}
}
