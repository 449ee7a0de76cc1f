package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A box under a story that points to the document it reports on: a label
// ("Read the full report", "Download the judgment") and a sentence saying
// where the document is ("The inspection report for … is published on the
// inspectorate's website."). In Markdown the two lines of a blockquote
// make one paragraph; in a text page they are two lines.
var (
	// reDocPointerLabel matches a whole label, up to two words before the
	// document's name: "Read the full report", "See the ruling in full",
	// "Download the final audit", "View the inquiry report:".
	reDocPointerLabel = regexp.MustCompile(`^(?i:(?:read|see|view|download) (?:the |our )?(?:full |complete )?(?:[\p{L}-]+ ){0,2}(?:report|study|ruling|judgment|judgement|review|survey|paper|decision|audit|findings|document|transcript|inquiry)(?: in full)?)(?:\s*:)?$`)
	// reDocPointer matches the sentence saying where the document is: "…
	// is published on the inspectorate's website", "… are available at
	// example.org", "… can be downloaded from the council's site".
	reDocPointer = regexp.MustCompile(`\b(?:(?:is|are|has been|have been|was) (?:now )?(?:published|available|posted)|can be (?:read|found|downloaded|viewed)(?: in full)?) (?:in full )?(?:on|at|from|via|online)\b`)
	// rePointerPlace matches where it is: a website, online, an address.
	rePointerPlace = regexp.MustCompile(`\b(?:website|web site|site|online|www\.|https?://|[a-z0-9-]+\.(?:gov|org|com|uk|ac|edu|int)\b)`)
)

// docPointerOpeners are the words reDocPointerLabel opens with.
var docPointerOpeners = []string{"read ", "see ", "view ", "download "}

// docPointerLabel reports whether s is a label and nothing more.
func docPointerLabel(s string) bool {
	return hasPrefix(strings.ToLower(s), docPointerOpeners) && reDocPointerLabel.MatchString(s)
}

// docPointer reports a sentence that says where a document is published,
// and nothing else: short, one sentence, no quotation, no reporting verb.
func docPointer(s string) bool {
	lower := strings.ToLower(s)
	if wc := wordCount(s); wc < 4 || wc > 30 || !endsSentence(s) || strings.ContainsAny(s, "\"“”") || reported(lower) {
		return false
	}
	if strings.Count(strings.TrimRight(s, ".!? "), ". ") > 0 {
		return false // more than one sentence
	}
	loc := reDocPointer.FindStringIndex(lower)
	return loc != nil && rePointerPlace.MatchString(lower[loc[1]:])
}

// splitDocPointerBox splits a paragraph into its label and the sentence
// after it ("Read the full report The report is published on …"), or
// reports false when it is no such box. The sentence opens with a capital;
// the shortest label that leaves one wins ("Read the report The audit
// report is …").
func splitDocPointerBox(s string) (label, pointer string, ok bool) {
	if !hasPrefix(strings.ToLower(s), docPointerOpeners) {
		return "", "", false
	}
	for k, words := strings.IndexByte(s, ' '), 1; k > 0 && words <= 8; words++ {
		label, pointer = s[:k], strings.TrimSpace(s[k:])
		if startsUpper(pointer) && reDocPointerLabel.MatchString(label) && docPointer(pointer) {
			return label, pointer, true
		}
		next := strings.IndexByte(s[k+1:], ' ')
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return "", "", false
}

// startsUpper reports whether s opens with a capital letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// removeDocPointerBoxes takes the box: one paragraph holding the label and
// the sentence, or the label alone with the sentence as the next kept
// paragraph. The sentence alone, with no label over it, is the story's.
func removeDocPointerBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 40 {
			continue
		}
		if label, pointer, ok := splitDocPointerBox(u.text); ok {
			kinds[i] = junkTrailer
			removed[i] = []string{label, pointer}
			continue
		}
		t := strings.Trim(u.text, "*_ ")
		if !docPointerLabel(t) {
			continue
		}
		j := nextKept(kinds, i+1)
		if j < 0 || j > i+2 || units[j].role != "" || !docPointer(units[j].text) {
			continue
		}
		kinds[i], kinds[j] = junkTrailer, junkTrailer
		removed[i], removed[j] = []string{u.text}, []string{units[j].text}
	}
}
