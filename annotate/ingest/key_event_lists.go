package ingest

import (
	"regexp"
	"strings"
)

// A live page opens with an index of its own entries: a list of bulleted
// time stamps and a few words each ("* 00:41 Greens gain the ward", "-
// 14:05 Minister resigns"), each pointing at the entry posted at that time.
// The index is the page's navigation; the entries carry the story. An item
// counts only when the page has an entry under the same time stamp, so a
// timetable or a list of times in the story stays.

// reKeyEventItem matches one item: a bullet, a 24-hour time and a short
// heading with no sentence end.
var reKeyEventItem = regexp.MustCompile(`^[*•·-]\s*([012]?\d[:.][0-5]\d)\s+(\p{L}[^.!?"“”]{0,80})$`)

// reEntryStamp matches the time stamp of a live entry at the start of a
// line: "00:41", "14:05 BST", "14.05 -".
var reEntryStamp = regexp.MustCompile(`^([012]?\d[:.][0-5]\d)\b`)

// removeKeyEventLists removes runs of two items or more of such an index.
func removeKeyEventLists(units []unit, kinds []junk, removed [][]string, wc []int) {
	stamps := map[string]int{} // time stamp -> lines opening with it, outside the index
	for _, u := range units {
		if m := reEntryStamp.FindStringSubmatch(strings.TrimSpace(u.text)); m != nil {
			stamps[strings.ReplaceAll(m[1], ".", ":")]++
		}
	}
	item := func(i int) bool {
		m := reKeyEventItem.FindStringSubmatch(strings.TrimSpace(units[i].text))
		return m != nil && units[i].role == "" && wc[i] <= 14 && stamps[strings.ReplaceAll(m[1], ".", ":")] > 0
	}
	for i := 0; i < len(units); {
		if kinds[i] != keep || !item(i) {
			i++
			continue
		}
		j := i
		for j < len(units) && (kinds[j] != keep && j > i || kinds[j] == keep && item(j)) {
			j++
		}
		run := 0
		for k := i; k < j; k++ {
			if kinds[k] == keep {
				run++
			}
		}
		if run >= 2 {
			for k := i; k < j; k++ {
				if kinds[k] == keep {
					kinds[k], removed[k] = junkChrome, []string{units[k].text}
				}
			}
		}
		i = j
	}
}
