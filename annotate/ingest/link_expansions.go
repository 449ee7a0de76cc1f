package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A print view or a text-only save writes every link out as its address
// in parentheses after the link text: "a report last March
// (https://example.org/report)", "By Ana Ruiz (https://example.org/ana)".
// The addresses are the page's furniture, not the writer's words.

// reLinkExpansion matches an address in parentheses, with the space before.
var reLinkExpansion = regexp.MustCompile(`\s*\((?:https?://|www\.)[^\s()]+\)`)

// rePrintFrame matches the lines a browser or a site puts round a printed
// page: "Printed from The Vale Record (…) on 3 May", "URL: https://…".
var rePrintFrame = regexp.MustCompile(`(?i)^(?:printed from\b|url:\s*(?:https?://|www\.))`)

// pointingWords end a phrase that points at an address the writer means
// the reader to use: "apply at (…)", "go to (…)", "visit (…)".
var pointingWords = setOf("at", "to", "via", "visit", "see", "from", "on", "is", "address", "website", "site", "here", "under", "of")

// linkExpansionAt reports whether the address in parentheses at loc in s
// follows a link's text, not a phrase pointing at it or nothing at all.
func linkExpansionAt(s string, loc []int) bool {
	before := strings.TrimRightFunc(s[:loc[0]], unicode.IsSpace)
	if before == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	if !unicode.IsLetter(last) && !unicode.IsDigit(last) && !strings.ContainsRune("’'”\")", last) {
		return false // "Apply here: (…)"
	}
	word := before[strings.LastIndexFunc(before, unicode.IsSpace)+1:]
	return !pointingWords[strings.ToLower(strings.Trim(word, "’'”\")"))]
}

// stripLinkExpansions takes the link addresses out of the units' text on a
// page that writes its links out: three addresses after link text at least,
// or one inside a print frame ("Printed from …", "URL: …"). It returns the
// units' texts before, for meta.removed ("" for a unit left as it was), or
// nil when the page is no such page. An address the writer points at
// ("apply at (…) by Friday") stays.
func stripLinkExpansions(units []unit) []string {
	count, frame := 0, false
	for _, u := range units {
		frame = frame || rePrintFrame.MatchString(u.text)
		if !strings.Contains(u.text, "(") {
			continue
		}
		for _, loc := range reLinkExpansion.FindAllStringIndex(u.text, -1) {
			if linkExpansionAt(u.text, loc) {
				count++
			}
		}
	}
	if count < 3 && !(frame && count > 0) {
		return nil
	}
	orig := make([]string, len(units))
	for i := range units {
		s := units[i].text
		locs := reLinkExpansion.FindAllStringIndex(s, -1)
		if locs == nil {
			continue
		}
		var b strings.Builder
		at := 0
		for _, loc := range locs {
			if !linkExpansionAt(s, loc) {
				continue
			}
			b.WriteString(s[at:loc[0]])
			at = loc[1]
		}
		if at == 0 {
			continue
		}
		b.WriteString(s[at:])
		orig[i] = s
		units[i].text = b.String()
	}
	return orig
}

// restoreLinkExpansions puts back in meta.removed the page's own line, with
// its addresses, for each unit removed whole.
func restoreLinkExpansions(units []unit, kinds []junk, removed [][]string, orig []string) {
	for i, o := range orig {
		if o != "" && kinds[i] != keep && len(removed[i]) == 1 && removed[i][0] == units[i].text {
			removed[i][0] = o
		}
	}
}
