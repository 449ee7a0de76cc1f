package ingest

import (
	"regexp"
	"strconv"
	"strings"
)

// reResultRow matches a row of a race's or a league's results table set
// as numbered lines: a rank, a name, and a result at the line's end, a
// time ("4h 12' 09\"", "2:03:41"), a gap ("+ 38\"", "+1' 02\"", "s.t.") or
// points ("58 pts").
var reResultRow = regexp.MustCompile(`^(\d{1,3})[.)]\s+\p{Lu}.*\s(?:\d+h\s?\d{1,2}['’]\s?\d{1,2}["”]|\+\s?(?:\d+['’]\s?)?\d{1,2}["”]|\+?\s?\d{1,2}:\d{2}(?::\d{2})?|s\.t\.|\d+\s?(?:pts|points))$`)

// removeResultsTables removes the results tables a sports page prints
// between a report's paragraphs ("Stage result", then "1. Name (NOR) Team
// 4h 12' 09\"", "2. … + 38\""): two or more numbered rows with ranks
// counting up by one, each ending in a time, gap or points, and the short
// title line right above them in the same block. A numbered list of
// sentences is no table: its lines do not end in a result.
func removeResultsTables(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i < len(units); {
		rank := resultRank(units[i], kinds[i])
		if rank < 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(units) && resultRank(units[j], kinds[j]) == rank+j-i {
			j++
		}
		if j-i < 2 {
			i = j
			continue
		}
		for k := i; k < j; k++ {
			kinds[k] = junkChrome
			removed[k] = []string{units[k].text}
		}
		if t := i - 1; t >= 0 && kinds[t] == keep && units[t].role == "" && units[t].block == units[i].block &&
			wc[t] <= 5 && !endsSentence(strings.TrimSpace(units[t].text)) {
			kinds[t] = junkChrome
			removed[t] = []string{units[t].text}
		}
		i = j
	}
}

// resultRank is the rank of a kept results row, or -1.
func resultRank(u unit, kind junk) int {
	if kind != keep || u.role != "" || u.text == "" || u.text[0] < '0' || u.text[0] > '9' {
		return -1
	}
	m := reResultRow.FindStringSubmatch(strings.TrimSpace(u.text))
	if m == nil {
		return -1
	}
	n, _ := strconv.Atoi(m[1])
	return n
}
