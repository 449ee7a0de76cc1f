package ingest

import (
	"regexp"
	"strings"
)

// Minutes and newsletter reports of a meeting close on the actions agreed:
// a heading ("ACTION POINTS", "Actions agreed") over numbered items, each
// naming who is to do what, often with the initials of the person
// responsible in brackets ("1. Clerk to write to the district council
// (RA)", "2. Treasurer to circulate the accounts by 3 May"). They are the
// meeting's to-do list, not the report, and no item is a statement. A
// numbered list under any other heading, or an item that makes a reported
// sentence, stays.

// reActionPointsHeading matches the heading of such a list.
var reActionPointsHeading = regexp.MustCompile(`^(?i:action points|actions(?: agreed| arising)?|agreed actions)$`)

// reActionItem matches one item: an optional number, who, "to" and a verb,
// and no sentence after it; initials in brackets may close it.
var reActionItem = regexp.MustCompile(`^(?:\d{1,2}[.)] )?\p{Lu}[\p{L}'’ -]{1,40}? to [a-z]{2,}\b[^.!?;“”"]{0,100}(?: \([A-Z]{2,4}(?:/[A-Z]{2,4})*\))?\.?$`)

// removeActionPointLists removes an action-points heading and the numbered
// items under it, when two items at least follow.
func removeActionPointLists(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || !reActionPointsHeading.MatchString(strings.Trim(u.text, "*_#: ")) {
			continue
		}
		j := i + 1
		for j < len(units) && kinds[j] == keep && wc[j] <= 25 && reActionItem.MatchString(units[j].text) && !reported(strings.ToLower(units[j].text)) {
			j++
		}
		if j-i-1 < 2 {
			continue
		}
		for k := i; k < j; k++ {
			kinds[k] = junkChrome
			removed[k] = []string{units[k].text}
		}
	}
}
