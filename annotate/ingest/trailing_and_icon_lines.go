package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// iconLed reports a line that opens with a pictograph or a drawn sign
// ("▶ Watch the session", "★★★★☆", "📷 Gallery: the flood in pictures",
// "✉ Get the morning briefing"): a widget's label, a rating or a media
// player. Article prose opens with a letter, a digit, a quotation mark or
// a dash, never with a symbol of this class (Unicode "Symbol, other").
// The legal signs (©, ®, ℗, ™) are of the class but open a rights line,
// which the trailer rules name.
func iconLed(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	switch r {
	case '©', '®', '℗', '™':
		return false
	}
	return unicode.Is(unicode.So, r)
}

// removeTrailingTitleLines takes the short lines left at the very end of
// the story that do not end as a sentence does ("The Keeper's Ledger",
// "More from the courts", "Kelso Valley Farmers' Market"): another
// story's title, a box's heading or a section label under the article.
// A story ends on a sentence; a subheading has text under it. It needs
// three paragraphs of prose before, so a short page is left alone, and it
// leaves the end of a hard-wrapped paragraph (its last line) to the
// paragraph and an obituary's line of name and dates ("…, born 3 June
// 1945; died 20 February 2027") to the obituary (obituary_life_lines.go).
func removeTrailingTitleLines(units []unit, kinds []junk, removed [][]string, wc []int) {
	prose := 0
	for i, u := range units {
		if kinds[i] == keep && u.role == "" && wc[i] >= 15 {
			prose++
		}
	}
	if prose < 3 {
		return
	}
	for i := len(units) - 1; i >= 0; i-- {
		u := units[i]
		if kinds[i] != keep {
			continue
		}
		if u.role != "" || wc[i] == 0 || wc[i] > 12 || endsSentence(u.text) || wrappedTail(units, kinds, i) ||
			closingLetterSignature(units, kinds, wc, i) || obituaryLifeLine(u.text) { // "Name, born …; died …" (obituary_life_lines.go)
			return
		}
		kinds[i] = junkRelated
		removed[i] = []string{u.text}
	}
}

// wrappedTail reports a unit that is the last line of a hard-wrapped
// paragraph: the kept unit before it is of its block and wraps into it.
func wrappedTail(units []unit, kinds []junk, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if kinds[j] != keep {
			continue
		}
		return units[j].block == units[i].block && units[j].wrap
	}
	return false
}
