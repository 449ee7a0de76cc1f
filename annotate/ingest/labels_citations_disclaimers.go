package ingest

import (
	"regexp"
	"strings"
)

// reExcerptLabel matches a label set over a document the story quotes at
// length: "Transcript excerpt", "Excerpts from the judgment", "Extract
// of the letter:".
var reExcerptLabel = regexp.MustCompile(`^(?i:(?:` + excerptDocs + `) (?:excerpts?|extracts?)|(?:an )?(?:excerpts?|extracts?) (?:from|of) (?:the |a |an )?(?:` + excerptDocs + `))\s*:?$`)

// excerptDocs are the documents a story prints an excerpt of.
const excerptDocs = `transcripts?|depositions?|testimony|hearing|interview|judgments?|ruling|letters?|documents?|report|minutes|filing|statement|diary|speech`

// reCitationCode matches the last item of a citation: a reference code or
// number ("HL4471", "C-123/22", "No. 12", "p. 4", "Table 3", "2024").
var reCitationCode = regexp.MustCompile(`^(?:\p{Lu}{1,5}[-/ ]?\d[\w/.-]*|(?i:no|nos|p|pp|para|paras|vol|table|figure|fig|col|cols)\.? ?\d[\d–-]*|\d{4})$`)

// sourceCitationLine reports a "Source: …" line that cites the record a story
// comes from by name and reference codes, closed by a full stop: "Source:
// Hansard, written answers, HL102, HL108." The items are set apart by
// commas, each short, and the last is a code, so the line says no news:
// "Source: filings show the deal closed in 2024." is one clause, not a list.
func sourceCitationLine(s, lower string, words int) bool {
	if words > 30 || !strings.HasPrefix(lower, "source") || !endsSentence(s) || reported(lower) || strings.ContainsAny(s, "\"“”") {
		return false
	}
	label, rest, ok := strings.Cut(s, ":")
	if !ok || wordCount(label) > 2 {
		return false
	}
	items := strings.Split(strings.TrimSuffix(strings.TrimSpace(rest), "."), ",")
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		if n := wordCount(it); n == 0 || n > 8 {
			return false
		}
	}
	return reCitationCode.MatchString(strings.TrimSpace(items[len(items)-1]))
}

// reInfoOnlyDisclaimer matches, whole, a page's note that it informs and
// advises no one: "This article is for information only and is not
// investment advice.", "This page is provided for information purposes
// only."
var reInfoOnlyDisclaimer = regexp.MustCompile(`^this (?:column|article|page|guide|feature|newsletter|content|piece|blog|post|report|note|story|material) is (?:provided |intended |published )?(?:for|as) (?:general )?information(?:al)?(?: purposes)? only(?:,? and (?:is|does) not (?:constitute |amount to )?(?:an? )?(?:\w+ )?(?:advice|recommendation|offer)(?: to (?:buy|sell|invest)[^.]*)?)?\.?$`)

// infoOnlyDisclaimer reports a standing note that the page is for
// information only, with no quotation and no reporting verb.
func infoOnlyDisclaimer(s, lower string, words int) bool {
	return words <= 30 && strings.HasPrefix(lower, "this ") && !strings.ContainsAny(s, "\"“”") &&
		reInfoOnlyDisclaimer.MatchString(lower) && !reported(lower)
}

// labelCitationOrDisclaimerKind classifies the line kinds above; keep when
// none fits.
func labelCitationOrDisclaimerKind(s, lower string, words int) junk {
	switch {
	case words <= 6 && reExcerptLabel.MatchString(s), draftNote(s, words), docStatusLine(s, words): // doc_status_lines.go
		return junkChrome
	case sourceCitationLine(s, lower, words) || infoOnlyDisclaimer(s, lower, words) || notARecordNote(s, lower, words):
		return junkTrailer
	}
	return keep
}

// reDraftSlug matches a draft's slug line: "SLUG: harbour-fees | DRAFT 2".
var reDraftSlug = regexp.MustCompile(`^(?:SLUG|Slug|slug)\s*:\s*\S`)

// reWordCountLine matches a draft's word count, perhaps with its budget:
// "Words: 480 (budget 450)", "Word count: 612", "Length: 700 words".
var reWordCountLine = regexp.MustCompile(`^(?i:words?|word ?count|wordcount|length|wc)\s*[:=]\s*\d[\d,]*(?: ?(?i:words|w))?(?:\s*\([^()]{1,40}\))?\.?$`)

// reEndsNote matches a note to the desk after a story's end mark: "ENDS.
// Pics: …", "ENDS — subs: …".
var reEndsNote = regexp.MustCompile(`^[-–—*\s]*ENDS?\s*[.:;–—-]+\s*\S`)

// draftNote reports the lines a reporter's draft carries for the desk: its
// slug, its word count and the note after the end mark. None quotes
// anyone.
func draftNote(s string, words int) bool {
	if strings.ContainsAny(s, "\"“”") {
		return false
	}
	return words <= 25 && reDraftSlug.MatchString(s) ||
		words <= 8 && reWordCountLine.MatchString(s) ||
		words <= 40 && reEndsNote.MatchString(s)
}
