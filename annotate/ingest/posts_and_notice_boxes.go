package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of page furniture first met on round-11 unseen pages: a blog post's
// meta line, its affiliate disclosure and its venue box; a live page's
// refresh control, its funding note and its summary list; an official
// notice box set between rules; a transcript's "… in full" heading and its
// editing note. Each is matched by its shape, never by an outlet's words.

// reHeadingAttribute matches the attribute block some Markdown dialects
// put at a heading's end to name its anchor: "## The verdict {#verdict}",
// "## Notes {#notes .wide}".
var reHeadingAttribute = regexp.MustCompile(`\s*\{\s*(?:[#.][\w:-]+|[\w-]+=\S+)(?:\s+(?:[#.][\w:-]+|[\w-]+=\S+))*\s*\}\s*$`)

// headingWithoutAttribute drops a heading's anchor attribute: the page
// shows the heading without it.
func headingWithoutAttribute(s string) string {
	if !strings.HasSuffix(strings.TrimSpace(s), "}") {
		return s
	}
	return reHeadingAttribute.ReplaceAllString(s, "")
}

const (
	reDateWords = `(?:\d{1,2}(?:st|nd|rd|th)? \p{L}{3,9},? \d{4}|\p{L}{3,9} \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?`
	reNameWords = `\p{Lu}[\p{L}.’'-]*(?: (?:\p{Lu}[\p{L}.’'-]*|de|van|von|da|di|le|la)){0,4}`
	rePostParts = `(?:\s*[·•|]\s*[^·•|]{1,30}){0,4}`
)

// rePostMeta matches a blog post's meta line: when it was posted, by whom,
// and after it the category and the comment count ("Posted 2 May 2026 by
// Ann Lee · Recipes · 3 comments", "Posted by Ann Lee on March 4, 2026 |
// 12 comments").
var rePostMeta = regexp.MustCompile(`^(?i:posted|published)(?: on)? ` + reDateWords + `,? (?i:by) ` + reNameWords + rePostParts + `$` +
	`|^(?i:posted|published) (?i:by) ` + reNameWords + `(?: on|,) ` + reDateWords + rePostParts + `$`)

// reAffiliateDisclosure matches the disclosure a blog or a shopping guide
// puts over a post: "This post contains affiliate links.", "This guide
// may contain affiliate links; if you buy …".
var reAffiliateDisclosure = regexp.MustCompile(`^(?i:(?:please note:? )?this (?:post|article|page|review|story|guide|piece|list|round-?up|recipe) (?:contains|includes|may contain|may include|uses|has) (?:some )?affiliate links?)\b`)

// reRefreshControl matches a live page's refresh control: "Refresh for
// updates", "Reload the page to see the latest updates", "3 new updates".
var reRefreshControl = regexp.MustCompile(`^(?i:(?:refresh|reload)(?: (?:the|this) page)? (?:for|to (?:see|get|load)) (?:the )?(?:latest |new )?(?:updates|posts|entries)|auto-?refresh(?: (?:on|off|is on|is off))?|(?:show )?\d+ new (?:updates?|posts?|entries))$`)

// reFundersNoSay matches the independence clause of a funding note: "Our
// funders have no say over what we check", "our donors have no influence
// on our reporting".
var reFundersNoSay = regexp.MustCompile(`(?i)\bour (?:funders|donors|sponsors|backers|supporters|partners)(?: and \p{L}+)? (?:have|has|had|get) no (?:say|influence|control|input|role|editorial)`)

// reFundedBy matches the first half of a funding note: "… is supported by
// the Hallam Trust and by 4,300 readers", "… is funded by …".
var reFundedBy = regexp.MustCompile(`(?i)\b(?:is|are) (?:supported|funded|paid for|made possible) (?:by|thanks to)\b`)

// reEditedNote matches a transcript's editing note: "Questions and answers
// have been edited for length.", "This interview has been condensed and
// edited for clarity."
var reEditedNote = regexp.MustCompile(`^(?i:(?:(?:the|this) )?(?:questions and answers|questions|answers|interview|transcript|conversation|exchange|q&a|remarks)(?: (?:below|above))? (?:has|have) been (?:lightly )?(?:edited|condensed|shortened|abridged|trimmed)(?: and (?:lightly )?(?:edited|condensed|shortened))?(?: for (?:length|clarity|brevity|space)(?:,? and (?:length|clarity|brevity|space))?)?)\.?$`)

// reBillLine matches a restaurant review's bill line: "The bill: £112 for
// two", "Price: $45 a head, with drinks".
var reBillLine = regexp.MustCompile(`^(?i:the bill|bill|price|prices|cost|dinner for two|lunch for two|meal for two|average spend)\s*:\s*(?:about |around |from |approx\.? )?[£$€]\s?\d`)

// affiliateDisclosure reports a blog's affiliate disclosure, a paragraph
// that may run past the length of other page furniture; the same words
// quoted or reported in a story stay.
func affiliateDisclosure(s string) bool {
	return reAffiliateDisclosure.MatchString(s) && !strings.ContainsAny(s, "\"“”") && !reported(strings.ToLower(s))
}

// reFixtureLine matches a club site's fixture box: the next match with its
// two sides and the date, kick-off or ground after a separator ("Next
// match: Rovers v United · Saturday 3 May · Kick-off 15:00").
var reFixtureLine = regexp.MustCompile(`^(?i:next (?:match|game|fixture|home (?:match|game)|away (?:match|game))|next up|up next|coming up)\s*:\s*[^·•|]{3,60}\s(?:v|vs\.?|V)\s[^·•|]{3,60}(?:\s*[·•|]\s*[^·•|]{1,40}){1,5}$`)

// reTicketLine matches the ticket links under a fixture: "Buy tickets ·
// Away allocation: 900 seats", "Book tickets | Hospitality".
var reTicketLine = regexp.MustCompile(`^(?i:(?:buy|book|get) (?:match )?tickets)(?:\s*[·•|]\s*[^·•|]{1,40}){1,4}$`)

// postOrNoticeKind classifies the lines above; keep when none fits.
func postOrNoticeKind(s, lower string, words int) junk {
	switch {
	case words <= 25 && rePostMeta.MatchString(s), teamPostMeta(s, words):
		return junkByline
	case words <= 10 && reRefreshControl.MatchString(strings.Trim(s, "*_ ")):
		return junkChrome
	case words <= 45 && reFundersNoSay.MatchString(s) && reFundedBy.MatchString(s) && !strings.ContainsAny(s, "\"“”"):
		return junkTrailer
	case words <= 16 && (reEditedNote.MatchString(strings.Trim(s, "*_[]() ")) || reEventEditedNote.MatchString(strings.Trim(s, "*_[]() "))):
		return junkTrailer
	case lettersEditNote(s, words): // "Letters may be edited for length." (letters_edit_notes.go)
		return junkTrailer
	case qaIntroNote(s, words): // "We asked X four questions. Her answers have been edited for length." (qa_intro_notes.go)
		return junkTrailer
	case words <= 20 && reBillLine.MatchString(s) && !strings.ContainsAny(s, "\"“”"):
		return junkChrome
	case words <= 30 && reFixtureLine.MatchString(s), words <= 15 && reTicketLine.MatchString(s):
		return junkChrome
	}
	return keep
}

// removePostsAndNoticeBoxes removes the boxes of this file's kinds that
// take more than one line to tell.
func removePostsAndNoticeBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	removeRuledFieldBoxes(units, kinds, removed, wc)
	removeVenueBoxes(units, kinds, removed, wc)
	removeTopSummaryLists(units, kinds, removed, wc)
	removeInFullHeadings(units, kinds, removed, wc)
}

// reFieldLine matches a "Field: value" line of a notice box: "Model
// numbers affected: …", "What to do: …", "Batch codes: …".
var reFieldLine = regexp.MustCompile(`^(\p{Lu}[\p{L}’'-]*(?: [\p{L}’'&/-]+){0,3})\s*:\s+\S`)

// removeRuledFieldBoxes removes a notice box set between two rules
// ("=====") whose lines, after a title, are "Field: value" lines with
// fields of a few words, each named once: a recall notice, a product's
// details, an official notice embedded in a story. Between rules, lines
// that repeat a label (a transcript's "Q:" and "A:") or read as sentences
// with long values stay.
func removeRuledFieldBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i+3 < len(units); i++ {
		if !ruleLine(units[i].text) || units[i].role != "" {
			continue
		}
		end := -1
		for j := i + 1; j < len(units) && j <= i+14 && units[j].block == units[i].block && units[j].role == ""; j++ {
			if ruleLine(units[j].text) {
				end = j
				break
			}
		}
		if end < 0 || !fieldBox(units[i+1:end], wc[i+1:end]) {
			continue
		}
		for j := i + 1; j < end; j++ {
			if kinds[j] == keep {
				kinds[j] = junkChrome
				removed[j] = []string{units[j].text}
			}
		}
		i = end - 1
	}
}

// fieldBox reports lines that are a title (optional) and three or more
// "Field: value" lines, each field named once and each value short.
func fieldBox(lines []unit, wc []int) bool {
	labels := map[string]bool{}
	fields, words := 0, 0
	for k, u := range lines {
		words += wc[k]
		m := reFieldLine.FindStringSubmatch(u.text)
		if m == nil || wc[k] > 25 || strings.ContainsAny(u.text, "\"“”") {
			if k == 0 && wc[k] <= 14 && !endsSentence(u.text) {
				continue // the box's title
			}
			return false
		}
		label := strings.ToLower(m[1])
		if labels[label] {
			return false
		}
		labels[label] = true
		fields++
	}
	return fields >= 3 && words <= 150
}

var (
	// reOpeningHours matches an opening-hours line: "Open Wednesday to
	// Saturday 5.30pm–10pm", "Hours: Mon–Fri 9am–5pm".
	reOpeningHours = regexp.MustCompile(`^(?i:open(?:ing)?(?: hours| times)?|hours|times)\b[^.!?]*\d(?:[.:]\d{2})?\s?(?i:am|pm|a\.m\.|p\.m\.)`)
	// reVenueContact matches a venue's telephone number or booking line.
	reVenueContact = regexp.MustCompile(`(?i)^(?:book(?:ings?)?|reservations?|tel(?:ephone)?|phone|web(?:site)?)\s*:|\b0\d{3,4} ?\d{3} ?\d{3,4}\b|^\+\d[\d ]{7,}$`)
)

// removeVenueBoxes removes a review's venue box: a block set line by line
// (a name, an address ending in a postcode, opening hours, a booking
// line), two of its lines at least giving an address, hours or a number
// to book on, none of them a sentence. A sentence that names an address
// is a paragraph of one line and stays.
func removeVenueBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i < len(units); {
		j := i + 1
		for j < len(units) && units[j].block == units[i].block {
			j++
		}
		start := i
		i = j
		if j-start < 3 || j-start > 7 {
			continue
		}
		details, open := 0, 0
		ok := true
		for k := start; k < j; k++ {
			u := units[k]
			if u.role != "" || wc[k] > 14 || endsSentence(u.text) && kinds[k] == keep || strings.ContainsAny(u.text, "\"“”") {
				ok = false
				break
			}
			if rePostcode.MatchString(u.text) || reStreet.MatchString(u.text) || reOpeningHours.MatchString(u.text) || reVenueContact.MatchString(u.text) {
				details++
			}
			if kinds[k] == keep {
				open++
			}
		}
		if !ok || details < 2 || open == 0 {
			continue
		}
		for k := start; k < j; k++ {
			if kinds[k] == keep {
				kinds[k] = junkChrome
				removed[k] = []string{units[k].text}
			}
		}
	}
}

// removeTopSummaryLists removes a summary box above the story that the
// summary-box rule leaves because an item quotes a phrase: a heading that
// names one ("Key points") and the list under it, two to eight items of at
// most thirty words, none opening with a quotation or reporting speech,
// before the story's first paragraph of prose. Under the headline, a list of
// findings is the story told in brief; the story then tells it at length.
func removeTopSummaryLists(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] == keep && u.role == "" && u.heading == 0 && wc[i] >= 20 && endsSentence(u.text) {
			return // the story has begun
		}
		if kinds[i] != keep || u.role != "" || wc[i] > 6 || !reSummaryHeading.MatchString(strings.Trim(u.text, ":*_ ")) {
			continue
		}
		j := i + 1
		for j < len(units) && kinds[j] != keep {
			j++
		}
		if j >= len(units) || units[j].block == u.block {
			continue
		}
		var items []int
		for k := j; k < len(units) && units[k].block == units[j].block; k++ {
			if kinds[k] != keep {
				continue
			}
			r, _ := utf8.DecodeRuneInString(units[k].text)
			if units[k].role != "" || wc[k] > 30 || !unicode.IsUpper(r) || reported(strings.ToLower(units[k].text)) {
				items = nil
				break
			}
			items = append(items, k)
		}
		if len(items) < 2 || len(items) > 8 {
			continue
		}
		for _, k := range append(items, i) {
			kinds[k] = junkChrome
			removed[k] = []string{units[k].text}
		}
		return
	}
}

// reInFull matches a heading over a full text: "The press conference in
// full", "Read the statement in full", "Transcript in full".
var reInFull = regexp.MustCompile(`^(?i:(?:read |watch |here is |here's )?(?:the |her |his |their |our )?[\p{L}’' -]{3,40} in full)$`)

// reTranscriptTurn matches a transcript's turn: "Q:", "Question:", a
// speaker's name and a colon ("Hartley:", "Dr Sam Roe:").
var reTranscriptTurn = regexp.MustCompile(`^(?:Q|A|Question|Answer|\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,2})\s*:\s+\S`)

// turnsAfter counts the lines among the next four kept after units[i]
// that turn matches: the question or transcript turns that show a heading
// labels the exchange under it.
func turnsAfter(units []unit, kinds []junk, i int, turn *regexp.Regexp) int {
	turns := 0
	for j, seen := i+1, 0; j < len(units) && seen < 4; j++ {
		if kinds[j] != keep {
			continue
		}
		seen++
		if turn.MatchString(units[j].text) {
			turns++
		}
	}
	return turns
}

// removeInFullHeadings removes a heading that announces a transcript ("The
// press conference in full") when the transcript's turns follow it: the
// heading is the page's label, the transcript under it stays. A heading
// so worded over prose is a section of the story and stays.
func removeInFullHeadings(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 8 || endsSentence(u.text) || !reInFull.MatchString(strings.Trim(u.text, "*_ ")) {
			continue
		}
		if turnsAfter(units, kinds, i, reTranscriptTurn) >= 2 {
			kinds[i] = junkChrome
			removed[i] = []string{u.text}
		}
	}
}
