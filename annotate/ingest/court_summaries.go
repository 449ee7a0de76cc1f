package ingest

import "regexp"

// A court's press summary printed to PDF: "Page 2 of 5" lines with the
// summary's running head beside them, the judgment's neutral citation on
// a line of its own ("[2024] EWCA Civ 77"), the court below ("On appeal
// from the County Court (HHJ Rowe)") and the press office's "Note to
// editors:" at the end.
var (
	rePageOf        = regexp.MustCompile(`^(?i:page) \d{1,4} (?i:of) \d{1,4}$`)
	reNeutralCite   = regexp.MustCompile(`^\[\d{4}\] [A-Z]{2,8}(?: [A-Z][a-z]{1,6})? \d{1,5}(?: \([A-Z][A-Za-z]{1,12}\))?$`)
	reOnAppealFrom  = regexp.MustCompile(`^On appeal from (?:the )?\p{Lu}[^.;:]{2,80}$`)
	reNoteToEditors = regexp.MustCompile(`^(?i:notes? (?:to|for) editors)\s*[:—–-]`)
)

// markPageOfLines marks a page's "Page N of M" lines, when two or more
// come, and a line set beside one that comes back word for word (the
// running head), as page furniture; it returns how many it marked.
func markPageOfLines(units []unit) int {
	var marks []int
	seen := map[string]int{}
	for i, u := range units {
		seen[u.text]++
		if rePageOf.MatchString(u.text) {
			marks = append(marks, i)
		}
	}
	if len(marks) < 2 {
		return 0
	}
	n := 0
	for _, i := range marks {
		units[i].junk = junkChrome
		n++
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(units) || rePageOf.MatchString(units[j].text) {
				continue
			}
			if t := units[j].text; seen[t] >= 2 && wordCount(t) <= 16 && !endsSentence(t) {
				units[j].junk = junkChrome
				n++
			}
		}
	}
	return n
}

// courtSummaryLine classifies a press summary's citation, court-below and
// note-to-editors lines.
func courtSummaryLine(s string, words int) junk {
	switch {
	case words <= 8 && reNeutralCite.MatchString(s):
		return junkChrome
	case words <= 16 && reOnAppealFrom.MatchString(s):
		return junkChrome
	case words <= 80 && reNoteToEditors.MatchString(s):
		return junkTrailer
	}
	return keep
}

// markCourtSummaryLines takes a neutral citation printed under the case
// name out of the block it shares with it, so the name's line does not
// run on into the citation as one paragraph, and marks a "Note to
// editors:" with the lines it wraps onto.
func markCourtSummaryLines(units []unit) {
	for i := range units {
		if reNoteToEditors.MatchString(units[i].text) && (i == 0 || units[i-1].block != units[i].block) {
			for j := i; j < len(units) && units[j].block == units[i].block; j++ {
				units[j].junk = junkTrailer
			}
			continue
		}
		if !reNeutralCite.MatchString(units[i].text) {
			continue
		}
		units[i].junk = junkChrome
		units[i].wrap = false
		if i > 0 && units[i-1].block == units[i].block {
			units[i-1].wrap = false
		}
	}
}
