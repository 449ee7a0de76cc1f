package ingest

import (
	"regexp"
	"strings"
)

// A PDF's running line can carry the page's place in the document at its
// far end, set apart from the document's title by a wide gap:
// "Harbour Board | Annual Report | Dredging          Page 2 of 9". Neither
// runningTitle (a bare page number) nor markPageOfLines (a "Page 2 of 9"
// line of its own) reads it, and the lines a page repeats under it (the
// issuer's name and the document's title in capitals, set as a block at
// the top of each new page) were taken for headings of the story.

// A browser's print view saved as text sets the same furniture round each
// page: a head of the print date and time beside the page's title
// ("11/11/2027, 08:03          Harbour dredging resumes | The Dale Times")
// and a foot of the page's address beside "Page N of M", an address far
// longer than any title.

// rePageOfRunningLine matches a running line with "Page N of M" at either
// end, set apart from its title (or a page's address, however long) by two
// spaces or more.
var rePageOfRunningLine = regexp.MustCompile(`^(?:(\S.{1,90}?|[a-z]{3,5}://\S{1,400})\s{2,}(?i:page) \d{1,4} (?i:of) \d{1,4}|(?i:page) \d{1,4} (?i:of) \d{1,4}\s{2,}(\S.{1,90}|[a-z]{3,5}://\S{1,400}))$`)

// markPageOfRunningLines marks as page furniture the running lines that
// end (or open) with "Page N of M" when two or more carry the same title,
// and then a block next to such a line whose every line comes back at two
// page breaks or more: a page's repeated head. It returns the number of
// lines marked, so that markPDFPages undoes the page layout.
func markPageOfRunningLines(units []unit) int {
	count := map[string]int{}
	titles := make([]string, len(units))
	for i, u := range units {
		if m := rePageOfRunningLine.FindStringSubmatch(u.text); m != nil {
			titles[i] = strings.ToLower(strings.Join(strings.Fields(m[1]+m[2]), " "))
			count[titles[i]]++
		}
	}
	var breaks []int
	for i, t := range titles {
		if t != "" && count[t] >= 2 {
			breaks = append(breaks, i)
		}
	}
	if len(breaks) < 2 {
		return 0
	}
	n := 0
	for _, i := range breaks {
		units[i].junk = junkChrome
		n++
	}
	// lines of the blocks next to a page break, counted once per break
	seen := map[string]int{}
	for _, i := range breaks {
		here := map[string]bool{}
		for _, b := range neighbourBlocks(units, i) {
			for k := b[0]; k < b[1]; k++ {
				here[units[k].text] = true
			}
		}
		for t := range here {
			seen[t]++
		}
	}
	heads := map[string]bool{}
	for _, i := range breaks {
		for _, b := range neighbourBlocks(units, i) {
			if !repeatedHeadBlock(units[b[0]:b[1]], seen) {
				continue
			}
			for k := b[0]; k < b[1]; k++ {
				heads[units[k].text] = true
				if units[k].junk == keep {
					units[k].junk = junkChrome
					n++
				}
			}
		}
	}
	// the first page's head opens the document, next to no break
	for k := 0; k < len(units) && units[k].block == units[0].block; k++ {
		if heads[units[k].text] && units[k].junk == keep {
			units[k].junk = junkChrome
			n++
		}
	}
	return n
}

// neighbourBlocks returns the bounds [start, end) of the blocks just before
// and just after unit i, when they are blocks of their own.
func neighbourBlocks(units []unit, i int) [][2]int {
	var out [][2]int
	if j := i - 1; j >= 0 && units[j].block != units[i].block {
		s := j
		for s > 0 && units[s-1].block == units[j].block {
			s--
		}
		out = append(out, [2]int{s, j + 1})
	}
	if j := i + 1; j < len(units) && units[j].block != units[i].block {
		e := j
		for e+1 < len(units) && units[e+1].block == units[j].block {
			e++
		}
		out = append(out, [2]int{j, e + 1})
	}
	return out
}

// repeatedHeadBlock reports a block of at most three short lines, none
// ending a sentence, each seen next to two page breaks or more. A line set
// in two columns by a wide gap (a print view's date beside the page's
// title) may run to twenty words.
func repeatedHeadBlock(lines []unit, seen map[string]int) bool {
	if len(lines) == 0 || len(lines) > 3 {
		return false
	}
	for _, l := range lines {
		limit := 12
		if hasSpaceGap(l.text) {
			limit = 20
		}
		if seen[l.text] < 2 || wordCount(l.text) > limit || endsSentence(l.text) || l.role != "" {
			return false
		}
	}
	return true
}
