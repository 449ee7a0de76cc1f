package ingest

import (
	"regexp"
	"strconv"
	"strings"
)

// reNumberedLine matches a line of a court reporter's transcript: the
// line's number, at least one space, then the text ("12  Q. And then?",
// "13  the sheet?").
var reNumberedLine = regexp.MustCompile(`^(\d{1,2})\s+(\S.*)$`)

// reTurnStart matches the opening of a turn in a transcript: a question or
// an answer ("Q. …", "A. …") or a speaker named in capitals ("MS. PARK: …",
// "THE COURT: …", "BY MR. LOWE:").
var reTurnStart = regexp.MustCompile(`^(?:[QA]\.\s|(?:BY )?(?:THE |MRS?\.? |MS\.? |DR\.? )?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?:)`)

// reTranscriptPageLine matches a transcript page's own header or footer:
// "Page 46", "Page 46 | Deposition of …", "Harlow Reporting Ltd. | Certified
// transcript".
var reTranscriptPageLine = regexp.MustCompile(`^(?i:page) \d{1,4}\b|\s\|\s`)

// minNumberedLines is how many numbered lines a transcript page shows at
// the least: a numbered list of a few items is no transcript.
const minNumberedLines = 4

// markNumberedTranscripts reads the pages of a transcript pasted into a
// text page, where every line starts with its number on the page and the
// numbers start again on each page: the numbers go, the lines of each turn
// (a question, an answer, a speaker's words) join into one paragraph, and
// the page's header and footer lines, alone in their blocks just above
// and below the numbered lines, are furniture. A block is a transcript
// page when all its lines are numbered one after another, there are at
// least minNumberedLines, and one of them opens a turn: a numbered list
// ("1  Preheat the oven") has no questions, answers or speakers.
func markNumberedTranscripts(units []unit) []unit {
	var out []unit
	added := 0 // blocks added by splitting pages into turns
	for i := 0; i < len(units); {
		j := i
		for j < len(units) && units[j].block == units[i].block {
			j++
		}
		texts, ok := numberedPage(units[i:j])
		if !ok {
			for k := i; k < j; k++ {
				u := units[k]
				u.block += added
				out = append(out, u)
			}
			i = j
			continue
		}
		markPageLine(out, units[i].block+added-1)
		block := units[i].block + added
		turns := splitTurns(texts)
		for t, turn := range turns {
			out = append(out, unit{text: turn, block: block + t})
		}
		added += len(turns) - 1
		if j < len(units) && (j+1 == len(units) || units[j+1].block != units[j].block) && transcriptPageLine(units[j].text) {
			u := units[j]
			u.block += added
			u.junk = junkChrome
			out = append(out, u)
			j++
		}
		i = j
	}
	return out
}

// numberedPage returns the text of a block's lines without their numbers
// when the block is a page of a numbered transcript.
func numberedPage(lines []unit) ([]string, bool) {
	if len(lines) < minNumberedLines {
		return nil, false
	}
	texts := make([]string, 0, len(lines))
	first, turns := 0, 0
	for k, u := range lines {
		m := reNumberedLine.FindStringSubmatch(u.text)
		if m == nil {
			return nil, false
		}
		n, _ := strconv.Atoi(m[1])
		if k == 0 {
			first = n
		} else if n != first+k {
			return nil, false
		}
		if reTurnStart.MatchString(m[2]) {
			turns++
		}
		texts = append(texts, m[2])
	}
	return texts, turns > 0
}

// splitTurns joins a page's lines into its turns; lines above the first
// turn (the end of a turn from the page before) make one paragraph.
func splitTurns(texts []string) []string {
	var turns []string
	for k, t := range texts {
		if k == 0 || reTurnStart.MatchString(t) {
			turns = append(turns, t)
			continue
		}
		turns[len(turns)-1] += " " + t
	}
	return turns
}

// transcriptPageLine reports a transcript page's header or footer: one
// short line with a page number or parts set apart by "|", no quotation.
func transcriptPageLine(s string) bool {
	return wordCount(s) <= 15 && !strings.ContainsAny(s, "\"“”") && reTranscriptPageLine.MatchString(s)
}

// markPageLine marks the last unit of out as a page header when it is the
// only line of the given block and reads like one.
func markPageLine(out []unit, block int) {
	n := len(out)
	if n == 0 || out[n-1].block != block || n > 1 && out[n-2].block == block {
		return
	}
	if transcriptPageLine(out[n-1].text) {
		out[n-1].junk = junkChrome
	}
}
