package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of page furniture first met on unseen pages (issue 12): press-office
// transcripts, metered paywalls, book-details boxes, republishing notes,
// attached documents and update stamps. Each is matched by its shape, never
// by an outlet's words.

// reMeter matches a metered paywall's counter: "You have read 3 of 3 free
// articles this month.", "You've read 2 free stories".
var reMeter = regexp.MustCompile(`^(?i:you(?:['’]ve| have) (?:now )?(?:read|used|reached) (?:\d+|your|all)(?: of (?:\d+|your))?(?: \p{L}+)?(?: free)? (?:articles?|stories|pieces|reads)\b[^.!?]{0,40}[.!]?)$`)

// reCommentsCount matches a comments counter: "Have your say: 12 comments",
// "Join the discussion · 4 comments".
var reCommentsCount = regexp.MustCompile(`^(?i:(?:have your say|join the (?:discussion|conversation|debate)|comments?|discussion|reader comments)\s*[:·|–—-]?\s*\(?\d+\)?(?: comments?| replies)?)$`)

// reDocLink matches a link to an attached document, told by its format
// and size in brackets: "Summary of the inspection (PDF, 2.4 MB)",
// "Timetable (PDF, 310 KB)", "Annex B (DOCX)".
var reDocLink = regexp.MustCompile(`\((?i:pdf|docx?|xlsx?|odt|ods|csv|pptx?|rtf|zip)(?:,\s*[\d.,]+\s?(?i:[kmg]b|bytes))?\)$`)

// reTimeMarker matches a transcript's bracketed time or stage marker:
// "[Ends 10:31]", "[Begins 09:58]", "[Recording ends]".
var reTimeMarker = regexp.MustCompile(`^\[(?i:(?:ends?|begins?|starts?|recording (?:ends|begins|starts)|briefing (?:ends|begins)|end of (?:transcript|briefing|recording))(?:\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?)\]$`)

// reUpdateNote matches an update stamp that says what was added:
// "Updated at 15:30 UTC with a comment from the university.",
// "Updated 3 June to include the council's reply".
var reUpdateNote = regexp.MustCompile(`^(?i:(?:this (?:story|article) was )?updated)(?: (?:at|on))? [^.!?]{0,30}\d[^.!?]{0,20}? (?i:with|to (?:include|add|reflect)|after)\b[^!?]{0,80}$`)

// reBookDetails matches a book's details box: a page count and a price
// ("Gannet Books, 384pp, £18.99", "Title by Author (Press, 212 pages,
// $27)").
var reBookDetails = regexp.MustCompile(`\b\d{2,4}\s?(?:pp|pages)\b[^.!?]{0,20}[£$€]\s?\d`)

// reAffiliate matches an affiliate note: "(we may earn a commission)".
var reAffiliate = regexp.MustCompile(`(?i)\b(?:we|the \p{L}+) (?:may )?(?:earn|receive|get) (?:an? )?(?:small )?(?:commission|fee|share)`)

// reAffiliateOpening matches a site's affiliate disclosure that opens its
// line and says what earns the money: "We may earn a commission if you buy
// through links on this page." Such a disclosure may run on with a
// sentence or two on its independence and a "How we make money" link,
// past the length of a bare note.
var reAffiliateOpening = regexp.MustCompile(`^(?i:we (?:may |might |can |sometimes |could )?(?:earn|receive|get|be paid) (?:an? )?(?:small )?(?:commission|fee|share)\b[^.!?]{0,80}\b(?:links?|buy|purchase|sign up|switch)\b)`)

// boxOrNoteKind classifies the kinds above; keep when none fits.
func boxOrNoteKind(s, lower string, words int) junk {
	switch {
	case words <= 25 && reColophon.MatchString(s):
		return junkTrailer
	case words <= 20 && reMeter.MatchString(s):
		return junkChrome
	case words <= 8 && reCommentsCount.MatchString(s):
		return junkChrome
	case words <= 16 && reDocLink.MatchString(s) && !endsSentence(strings.TrimSuffix(s, ")")):
		return junkRelated
	case words <= 6 && reTimeMarker.MatchString(s):
		return junkChrome
	case words <= 25 && reUpdateNote.MatchString(s):
		return junkDate
	case words <= 40 && reBookDetails.MatchString(s) && !strings.ContainsAny(s, "\"“”"):
		return junkChrome
	case (words <= 25 && reAffiliate.MatchString(s) || words <= 30 && reAffiliateOpening.MatchString(s)) &&
		!strings.ContainsAny(s, "\"“”") && !reported(lower):
		return junkChrome // "We may earn a commission if you buy through links …. This never affects …. How we make money"
	}
	if words <= 14 {
		if k := dateAndOffice(s); k != keep {
			return k
		}
	}
	return keep
}

// officeWords end the name of an office that issues a release rather than
// a person: "Ministry Press Office", "Communications Unit".
// minorWords may stand in lower case inside a name: "Office of the Mayor".
var minorWords = setOf("of", "the", "and", "for", "de", "du", "la")

var officeWords = setOf("office", "desk", "team", "unit", "newsroom", "communications", "service", "department")

// dateAndOffice reports a release stamp: a date and an issuing office run
// together by a separator ("Published 14 March 2026, 12:40 · Ministry Press
// Office").
func dateAndOffice(s string) junk {
	parts := splitHeader(s)
	if len(parts) != 2 {
		return keep
	}
	date, office := -1, -1
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if isDateLine(p) {
			date = i
			continue
		}
		f := strings.Fields(p)
		if len(f) == 0 || len(f) > 5 || endsSentence(p) {
			return keep
		}
		for _, w := range f {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !minorWords[w] {
				return keep
			}
		}
		if officeWords[strings.ToLower(f[len(f)-1])] {
			office = i
		}
	}
	if date >= 0 && office >= 0 {
		return junkDate
	}
	return keep
}

// licenceNote reports a republishing licence under a story: "This work is
// licensed under a Creative Commons … License. You may republish it …".
// It may run past the word limit of other furniture.
func licenceNote(lower string, words int) bool {
	return words <= 60 && strings.Contains(lower, "creative commons") && strings.Contains(lower, "licen") &&
		(strings.Contains(lower, "republish") || strings.Contains(lower, "this work") || strings.Contains(lower, "this story") || strings.Contains(lower, "this article"))
}

// reTitleBy matches a book's title line: "The Lantern Keepers by Odile
// Marchetti-Shaw", "Salt (translated by Ana Ruiz)".
var reTitleBy = regexp.MustCompile(`^\p{Lu}[^.!?"“”]{0,80} (?:by|translated by|edited by) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}\)?$`)

// removeBookTitles removes the title line of a book-details box: a short
// "Title by Author" line just above a details line (publisher, pages,
// price) already taken as furniture.
func removeBookTitles(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 1; i < len(units); i++ {
		if kinds[i] == keep || !reBookDetails.MatchString(units[i].text) {
			continue
		}
		h := i - 1
		if kinds[h] == keep && units[h].role == "" && wc[h] <= 14 && reTitleBy.MatchString(units[h].text) {
			kinds[h] = junkChrome
			removed[h] = []string{units[h].text}
		}
	}
}

// factLead reports a longer "Label: value" line that opens a fact box
// ("Paper: Journal of …, Vol. 12, No. 3 (March 2024)"): a capitalised
// label of up to four words, at most fourteen words in all, no quotation
// and no full stop at the end.
var reFactLead = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}:\s+\S`)

func factLead(s string, words int) bool {
	return words <= 14 && !strings.ContainsAny(s, "\"“”«»?!") && !endsSentence(s) && reFactLead.MatchString(s)
}

// reColophon matches a printed publication's colophon: "The Estuary Review
// is published quarterly by the Firth Coast Fisheries Trust.", "Printed on
// recycled paper. Please pass this copy on." How often it comes out is
// what tells the colophon from a sentence about a paper's owner ("The
// Courier is published by Marlow Press.").
var reColophon = regexp.MustCompile(`^(?:(?:The )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,4} is (?:published|printed|produced) (?:(?:daily|weekly|fortnightly|monthly|quarterly|twice a \p{L}+|four times a year|annually|every \p{L}+) )by (?:the )?\p{Lu}[^.!?]{2,80}\.?|(?i:printed (?:on recycled paper|by|in)\b[^!?]{0,60}(?:please (?:recycle|pass)[^!?]{0,40})?))$`)

// reTableRow matches a row of a results or figures table: a name or label
// and a figure at the end ("Marsh (Ind) 2,310", "Harbour ward 41.2%").
var reTableRow = regexp.MustCompile(`^\p{L}[^"“”:]{0,60}? \d[\d,.]*%?$`)

// tableRow reports a short line that is a table row (reTableRow), with no
// sentence end.
func tableRow(s string, words int) bool {
	if words > 8 || s == "" || !strings.ContainsRune("0123456789%", rune(s[len(s)-1])) {
		return false
	}
	return reTableRow.MatchString(s)
}

// removeTables removes a block of lines that is a table set as text: three
// or more rows (tableRow) and around them only short lines with no
// quotation and no reporting verb (its title, a result or a turnout line).
// Prose never runs three lines in a row that each end in a figure.
func removeTables(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i < len(units); {
		b := units[i].block
		j := i
		for j < len(units) && units[j].block == b {
			j++
		}
		rows, table := 0, j-i >= 3 // a block of fewer lines holds no table
		for k := i; k < j && table; k++ {
			if kinds[k] != keep {
				if tableRow(units[k].text, wc[k]) {
					rows++ // a row some other rule took ("Support the bill 41%")
				}
				continue
			}
			switch {
			case units[k].role != "" || units[k].wrap:
				table = false
			case tableRow(units[k].text, wc[k]):
				rows++
			case wc[k] > 15 || strings.ContainsAny(units[k].text, "\"“”«»„") || reported(strings.ToLower(units[k].text)):
				table = false
			}
		}
		if table && rows >= 3 {
			for k := i; k < j; k++ {
				if kinds[k] == keep {
					kinds[k] = junkChrome
					removed[k] = []string{units[k].text}
				}
			}
		}
		i = j
	}
}
