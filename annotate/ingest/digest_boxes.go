package ingest

import (
	"regexp"
	"strings"
)

// Two parts of a digest letter that are the desk's, not the story's: a
// "Quote of the day" box, its label over a quotation credited after a
// dash ("“…” — Ana Ruiz, harbour master"), most often a quotation the
// items below give again with its context; and the label over the letter's
// run of one-line items ("In one line", "In brief"). In Markdown a
// blockquote's label and quotation make one paragraph.
var (
	// reQuoteBoxLabel matches the box's label, alone on its line.
	reQuoteBoxLabel = regexp.MustCompile(`^(?i:(?:quote|quotation|words?|line) of the (?:day|week|month|year)|(?:today|this week)['’]s quote|they said it|quotable)\s*:?$`)
	// reQuotedWithCredit matches a quotation and the dash that credits it.
	reQuotedWithCredit = regexp.MustCompile(`^(["“«„][^"“”«»„]{2,400}["”»])\s*([—–-]\s*.+)$`)
)

// digestSectionLabels are the labels over a digest's run of short items,
// lower-cased with a trailing colon trimmed.
var digestSectionLabels = setOf("in one line", "in a line", "one-liners", "in brief", "news in brief", "briefly",
	"in short", "quick hits", "the rest in brief", "odds and ends")

// quotedWithCredit reports a quotation followed by a dash and its
// speaker's name ("“…” — Ana Ruiz, harbour master").
func quotedWithCredit(s string) bool {
	m := reQuotedWithCredit.FindStringSubmatch(strings.TrimSpace(s))
	return m != nil && wordCount(m[2]) <= 16 && reDashCredit.MatchString(m[2])
}

// splitQuoteBox splits a paragraph into the box's label and the credited
// quotation after it, or reports false.
func splitQuoteBox(s string) (label, quote string, ok bool) {
	k := strings.IndexAny(s, "\"“«„")
	if k <= 0 {
		return "", "", false
	}
	label, quote = strings.TrimSpace(s[:k]), s[k:]
	if !reQuoteBoxLabel.MatchString(strings.Trim(label, "*_ ")) || !quotedWithCredit(quote) {
		return "", "", false
	}
	return label, quote, true
}

// removeDigestBoxes takes a quote box, as one paragraph or its label over
// the quotation (perhaps with the credit on a line of its own), and a
// digest's label over its short items when items follow it.
func removeDigestBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 90 {
			continue
		}
		if label, quote, ok := splitQuoteBox(u.text); ok {
			kinds[i], removed[i] = junkChrome, []string{label, quote}
			continue
		}
		t := strings.Trim(u.text, "*_ ")
		j := nextKept(kinds, i+1)
		if j < 0 || j > i+2 || units[j].role != "" {
			continue
		}
		if reQuoteBoxLabel.MatchString(t) {
			box := []int{i, j}
			switch {
			case quotedWithCredit(units[j].text):
			case dashCreditedQuote(units, kinds, j):
				box = append(box, nextKept(kinds, j+1))
			default:
				continue
			}
			for _, k := range box {
				kinds[k], removed[k] = junkChrome, []string{units[k].text}
			}
			continue
		}
		if wc[i] <= 4 && digestSectionLabels[strings.ToLower(strings.TrimRight(t, ": "))] {
			kinds[i], removed[i] = junkChrome, []string{u.text}
		}
	}
}
