package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An OCR'd print page: the running head carries the section's name before
// the page number ("THE KESTON GAZETTE, MONDAY, MAY 3, 2027     SPORT 14"),
// the foot sets the number first ("14     THE KESTON GAZETTE, …").

// reSectionFolioHead matches a running head whose page number follows a
// section name in capitals, set apart from the title by two or more
// spaces, either way round: "THE DALE TIMES, MAY 3, 2027     NEWS 7",
// "BUSINESS 12     The Dale Times".
var reSectionFolioHead = regexp.MustCompile(`^(?:[A-Z][A-Z&]{1,14} \d{1,4}\s{2,}(\S.{1,60})|(\S.{1,60}?)\s{2,}[A-Z][A-Z&]{1,14} \d{1,4})$`)

// sectionFolioTitle returns the title of such a head, or "".
func sectionFolioTitle(s string) string {
	if m := reSectionFolioHead.FindStringSubmatch(s); m != nil {
		return m[1] + m[2]
	}
	return ""
}

// brokenWordLine reports that line k of a block ends in a word broken by a
// hyphen that the next line finishes in lower case ("op-" over
// "erations director"): however short, the line runs on into the next.
func brokenWordLine(lines []unit, k int) bool {
	if k+1 >= len(lines) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(lines[k+1].text)
	return brokenWordEnd(lines[k].text) && unicode.IsLower(r)
}

// brokenWordEnd reports a line ending in a lower-case word broken by a
// hyphen ("made them more sen-"): prose running on, never page furniture.
func brokenWordEnd(s string) bool {
	if !strings.HasSuffix(s, "-") || strings.HasSuffix(s, "--") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-1])
	return unicode.IsLower(r)
}

// keepBrokenWord keeps a line of hard-wrapped prose that ends in a broken
// word, whatever its own words look like: "more sen-" is no "More …"
// related-links heading, "Sign-" over "ups rose" no call to action.
func keepBrokenWord(u unit, k junk) junk {
	if k != keep && u.wrap && brokenWordEnd(u.text) {
		return keep
	}
	return k
}

// removeAdvertStrips removes an advert printed under an "Advertisement"
// label: the lines of the label's block set wholly in capitals ("GARDEN
// CENTRE - 20% OFF ALL BEDDING PLANTS"). A line in ordinary case is the
// story again and stops the strip.
func removeAdvertStrips(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := range units {
		if kinds[i] == keep || !advertLabel(units[i].text) {
			continue
		}
		for j := i + 1; j < len(units) && units[j].block == units[i].block; j++ {
			if kinds[j] != keep {
				continue
			}
			if units[j].role != "" || wc[j] > 25 || !upperCase(units[j].text) {
				break
			}
			kinds[j] = junkChrome
			removed[j] = []string{units[j].text}
		}
	}
}

// advertLabel reports a line that only labels an advert.
func advertLabel(s string) bool {
	switch strings.ToLower(strings.Trim(s, " -–—:*_[]()")) {
	case "advertisement", "advert", "advertising", "ad", "sponsored", "paid advertisement":
		return true
	}
	return false
}
