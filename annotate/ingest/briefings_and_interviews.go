package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// This file holds the furniture of press briefings, magazine interviews,
// court reports and investigations: a briefing's event line ("Media
// briefing · date · venue"), a figures table set in Markdown and the note
// under it, the heading over reporters' numbered questions and the press
// office's note on them, a magazine's issue line with its season, a pull
// quote's credit line, a case reference line and the "Right of reply"
// heading. Each is matched by its shape, never by an outlet's words.

// orderedItemMarker returns the number an ordered Markdown list prints
// before its item (the item's position counted from the list's start,
// "3. ") when its items are set apart as paragraphs: a loose list, or one
// item with prose after it before the next ("1. Q: …", an answer, "2. Q:
// …"). Such numbered questions or points keep their numbers, which a
// reader refers to. A tight run of short numbered lines is a box (most
// read, notes to editors) whose numbers are decoration, as an HTML <ol>
// gives them: "" then, and for a bulleted list.
func orderedItemMarker(list *ast.List, item int) string {
	if !list.IsOrdered() || list.IsTight && list.ChildCount() > 1 {
		return ""
	}
	return strconv.Itoa(list.Start+item) + string(list.Marker) + " "
}

// reTableDelimiter matches the delimiter row under a Markdown pipe table's
// header: "|---|---|", "| :--- | ---: |", "---|---".
var reTableDelimiter = regexp.MustCompile(`^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?$|^\|\s*:?-+:?\s*\|$`)

// pipeTableRows returns the rows of a Markdown pipe table (a header row, a
// delimiter row, then rows, every line holding a "|"), each row its
// non-empty cells joined by " | ", without the delimiter row, which is
// markup; nil when the lines are no pipe table. goldmark without its table
// extension reads such a table as one paragraph.
func pipeTableRows(lines []string) []string {
	if len(lines) < 3 || !reTableDelimiter.MatchString(strings.TrimSpace(lines[1])) {
		return nil
	}
	rows := make([]string, 0, len(lines)-1)
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if !strings.Contains(l, "|") {
			return nil
		}
		if i == 1 {
			continue
		}
		var cells []string
		for _, c := range strings.Split(l, "|") {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		if len(cells) > 0 {
			rows = append(rows, strings.Join(cells, " | "))
		}
	}
	return rows
}

// reSourceSentence matches the last sentence of a table's note that names
// where the figures come from: "Source: Health Board.", "Sources: …".
var reSourceSentence = regexp.MustCompile(`(?:^|[.!?]\s+)(?i:sources?|data)\s*:\s*[^.!?:]{2,80}\.?$`)

// tableSourceNote reports a note under a figures table that ends with its
// source, after a sentence or two saying when the figures were taken
// ("Figures at midnight on 9 May. Source: Health Board."): short, no
// quotation, no reporting verb.
func tableSourceNote(s string) bool {
	t := strings.Trim(s, "*_ ")
	return wordCount(t) <= 25 && !strings.ContainsAny(t, "\"“”«»„") && !reported(strings.ToLower(t)) &&
		reSourceSentence.MatchString(t)
}

// headingAlone reports a short line standing alone in its block and ending
// no sentence: a Markdown heading, or a subheading of a text or HTML page.
func headingAlone(units []unit, wc []int, i int) bool {
	u := units[i]
	if u.role != "" || wc[i] == 0 || wc[i] > 6 || endsSentence(u.text) || strings.ContainsAny(u.text, "\"“”«»„") {
		return false
	}
	return (i == 0 || units[i-1].block != u.block) && (i+1 == len(units) || units[i+1].block != u.block)
}

// removeTableHeadings removes the heading over a data table the cleaner
// removed ("Key figures" over a grid of figures) when the table is all its
// section holds: after the table (and its note) comes another heading or
// the end of the page. A heading over a table and then prose heads the
// prose, and stays.
func removeTableHeadings(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 1; i < len(units); i++ {
		if !units[i].tableRow || kinds[i] == keep || units[i-1].tableRow {
			continue
		}
		h := i - 1
		if kinds[h] != keep || !headingAlone(units, wc, h) {
			continue
		}
		j := i
		for j < len(units) && units[j].tableRow {
			if kinds[j] == keep {
				j = -1 // part of the table stays
				break
			}
			j++
		}
		if j < 0 {
			continue
		}
		for j < len(units) && kinds[j] != keep {
			j++
		}
		if j == len(units) || headingAlone(units, wc, j) {
			kinds[h] = junkChrome
			removed[h] = []string{units[h].text}
		}
	}
}

// reQuestionsHeading matches the heading over a briefing's or interview's
// questions: "Questions from reporters", "Questions and answers", "Q&A",
// "Questions from the floor".
var reQuestionsHeading = regexp.MustCompile(`^(?i:(?:the )?(?:questions|q\s?&\s?a|questions and answers|questions & answers)(?: (?:from|by) (?:the )?(?:reporters|journalists|the press|press|media|the floor|floor|readers|audience))?)$`)

// reQuestionTurn matches a question of a briefing or interview set as a
// turn: "Q:", "Q (Daily Post): …", "3. Q (Radio North): …", "Question 2: …".
var reQuestionTurn = regexp.MustCompile(`^(?:\d{1,3}[.)] )?(?:Q|Question)(?: ?\d{1,3})?(?: \([^()]{1,50}\))?\s*[:.–—-]\s+\S`)

// removeQuestionsHeadings removes a heading that announces the questions
// put at a briefing ("Questions from reporters") when question turns
// follow it: the heading labels the part of the page, the questions and
// answers under it stay. Such words over prose head a section, and stay.
func removeQuestionsHeadings(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || !headingAlone(units, wc, i) || !reQuestionsHeading.MatchString(strings.TrimRight(strings.Trim(u.text, "*_ "), ":")) {
			continue
		}
		if turnsAfter(units, kinds, i, reQuestionTurn) >= 2 {
			kinds[i] = junkChrome
			removed[i] = []string{u.text}
		}
	}
}

// reQuestionsNoteSentence matches one sentence of the note a press office
// or an editor sets over questions and answers, saying how they are given:
// "Questions are numbered in the order they were asked.", "Answers are
// summarised by the press office.", "Answers have been paraphrased."
var reQuestionsNoteSentence = regexp.MustCompile(`^(?i:(?:the |all |these )?(?:questions|answers|replies|responses|questions and answers|q&a) (?:are|were|have been|has been) (?:\p{L}+ )?(?:numbered|summarised|summarized|paraphrased|abridged|condensed|shortened|listed|given|printed|grouped|arranged|ordered|sorted)\b[^.!?]{0,60})[.!]?$`)

// questionsNote reports a short note of such sentences (one to three), with
// no quotation and no reporting verb.
func questionsNote(s string, words int) bool {
	if words > 30 || strings.ContainsAny(s, "\"“”«»„") {
		return false
	}
	t := strings.Trim(s, "*_()[] ")
	if reported(strings.ToLower(t)) {
		return false
	}
	sentences := splitSentences(t)
	if len(sentences) == 0 || len(sentences) > 3 {
		return false
	}
	for _, p := range sentences {
		if !reQuestionsNoteSentence.MatchString(p) {
			return false
		}
	}
	return true
}

// splitSentences cuts a short note after each full stop, exclamation or
// question mark that a space follows.
func splitSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && (i+1 == len(s) || s[i+1] == ' ') {
			if p := strings.TrimSpace(s[start : i+1]); p != "" {
				out = append(out, p)
			}
			start = i + 1
		}
	}
	if p := strings.TrimSpace(s[start:]); p != "" {
		out = append(out, p)
	}
	return out
}

// eventLabels are the kinds of event a page's event line opens with.
var eventLabels = setOf("briefing", "conference", "statement", "hearing", "meeting", "session", "interview",
	"q&a", "webinar", "launch", "address", "speech", "lecture", "debate", "announcement", "call")

// eventLine reports the line a briefing's or hearing's page sets under its
// headline: the kind of event, its date (and time) and its venue, each part
// apart by a separator ("Media briefing · Thursday 3 May 2026, 11:00 ·
// Town Hall", "Press conference | 4 June 2026 | Civic Centre"). Only the
// first part names the event, one part is a date, the others are a
// capitalised place name; no sentence.
func eventLine(s string, words int) bool {
	if words > 20 || !strings.ContainsAny(s, "0123456789") || endsSentence(s) || strings.ContainsAny(s, "\"“”«»„") {
		return false
	}
	parts := splitHeader(strings.Trim(s, "*_ "))
	if len(parts) < 3 || len(parts) > 4 {
		return false
	}
	label := strings.Fields(strings.ToLower(parts[0]))
	if !docLabel(parts[0]) || len(label) == 0 || !eventLabels[label[len(label)-1]] {
		return false
	}
	dated := false
	for _, p := range parts[1:] {
		switch {
		case !dated && isDateLine(p):
			dated = true
		case !placeName(p):
			return false
		}
	}
	return dated
}

// placeName reports a venue's name: up to six words, each capitalised but
// for the small words of a name ("Royal Infirmary", "Court of Session",
// "Hall 2, Exhibition Centre").
func placeName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	for i, w := range f {
		w = strings.Trim(w, ",()")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r) && i > 0:
		case i > 0 && (w == "of" || w == "the" || w == "and" || w == "on" || w == "upon" || w == "de" || w == "&"):
		default:
			return false
		}
	}
	return true
}

// reSeasonIssue matches a magazine's season and year: "Winter 2026",
// "Spring/Summer 2027", "Autumn 2026–27".
var reSeasonIssue = regexp.MustCompile(`^(?i:spring|summer|autumn|fall|winter)(?:\s*/\s*(?i:spring|summer|autumn|fall|winter))? \d{4}(?:[/–-]\d{2,4})?$`)

// seasonIssueLine reports a magazine's issue line: an issue number and the
// season it is dated by ("Issue 48 · Winter 2026", "No. 12 | Spring 2027").
func seasonIssueLine(s string, words int) bool {
	if words > 8 || !strings.ContainsAny(s, "0123456789") {
		return false
	}
	parts := splitHeader(strings.Trim(s, "*_ "))
	if len(parts) != 2 {
		return false
	}
	numbered, season := false, false
	for _, p := range parts {
		switch {
		case reIssueNumber.MatchString(p):
			numbered = true
		case reSeasonIssue.MatchString(p):
			season = true
		}
	}
	return numbered && season
}

// reQuoteCredit matches the credit line under a pull quote: a dash and a
// name, perhaps with a role ("— Ines Marwood", "– Dr Sam Roe, ferry
// captain").
var reQuoteCredit = regexp.MustCompile(`^[—–-]\s*\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, [\p{L}'’ -]{2,40})?$`)

// afterRemovedQuote reports whether the unit before i is a quotation the
// cleaner removed as chrome (a pull quote): its credit line goes with it.
func afterRemovedQuote(units []unit, kinds []junk, i int) bool {
	p := strings.TrimSpace(units[i-1].text)
	first, _ := utf8.DecodeRuneInString(p)
	last, _ := utf8.DecodeLastRuneInString(p)
	return kinds[i-1] == junkChrome && strings.ContainsRune("“\"‘«", first) && strings.ContainsRune("”\"’»", last)
}

// removePullQuoteCredits removes the credit line of a pull quote the
// cleaner removed: the quotation went, and its "— Name" line right under it
// in the same box goes with it. A dash and a name under a kept paragraph
// stays.
func removePullQuoteCredits(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 1; i < len(units); i++ {
		if kinds[i] != keep || units[i].role != "" || wc[i] > 8 || !reQuoteCredit.MatchString(strings.Trim(units[i].text, "*_ ")) {
			continue
		}
		if afterRemovedQuote(units, kinds, i) {
			kinds[i] = junkChrome
			removed[i] = []string{units[i].text}
		}
	}
}

// reNeutralCitation matches a court judgment's neutral citation: "[2026]
// EWCA Crim 1843", "[2025] UKSC 12", "[2026] EWHC 301 (KB)".
var reNeutralCitation = regexp.MustCompile(`\[\d{4}\] [A-Z]{2,6}(?: [A-Z][a-z]{1,5})? \d{1,5}(?: \([A-Za-z]{1,6}\))?$`)

// reCaseRefLabel matches the label of a case reference line: "Case ref:",
// "Case reference:", "Citation:", "Neutral citation:", "Case:".
var reCaseRefLabel = regexp.MustCompile(`^(?i:case(?: ref\.?| reference| name)?|(?:neutral )?citation|ref\.?|reference)\s*:\s*\S`)

// caseReferenceLine reports a court report's case reference line: a
// labelled case name ending in its neutral citation ("Case ref: R v Hale
// [2026] EWCA Crim 12"), or the case name and citation alone ("Smith v
// Jones [2025] UKSC 4").
func caseReferenceLine(s string, words int) bool {
	if words > 16 || !strings.Contains(s, "[") || strings.ContainsAny(s, "\"“”«»„") {
		return false
	}
	t := strings.Trim(s, "*_ ")
	if !reNeutralCitation.MatchString(t) {
		return false
	}
	if reCaseRefLabel.MatchString(t) {
		return true
	}
	name := strings.TrimSpace(t[:strings.LastIndex(t, "[")])
	return reCaseName.MatchString(name)
}

// reCaseName matches a case's name: "R v Hale", "Smith v Jones Ltd".
var reCaseName = regexp.MustCompile(`^\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,4} v\.? \p{Lu}[\p{L}.'’&-]*(?: (?:\p{Lu}[\p{L}.'’&-]*|and|of))*$`)

// reReplyHeading matches the heading of an investigation's section that
// gives the replies of those it names: "Right of reply", "Right to reply".
var reReplyHeading = regexp.MustCompile(`^(?i:(?:the |our )?right (?:of|to) reply)$`)

// briefingOrInterviewKind classifies the line kinds above; keep when none
// fits.
func briefingOrInterviewKind(s, lower string, words int) junk {
	switch {
	case eventLine(s, words) || seasonIssueLine(s, words):
		return junkChrome
	case words <= 30 && (strings.Contains(lower, "question") || strings.Contains(lower, "answer") ||
		strings.Contains(lower, "repl") || strings.Contains(lower, "respons")) && questionsNote(s, words):
		return junkTrailer
	case words <= 16 && strings.Contains(s, "] ") && caseReferenceLine(s, words):
		return junkChrome
	case words <= 5 && strings.Contains(lower, "reply") && reReplyHeading.MatchString(strings.TrimRight(strings.Trim(s, "*_ "), ":")):
		return junkChrome
	}
	return keep
}
