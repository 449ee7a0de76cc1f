package ingest

import (
	"regexp"
	"strings"
)

// A live page scraped as text prints its summary box as lines with no
// blank line between them and the page around: a heading ("Key points"),
// the items, each behind a bullet mark ("• All sailings cancelled until
// Friday"), and the box's toggle ("Show key points only"). The summary-box
// rules want the list as a block of its own, and refuse an item that
// reports speech; here an item ends as a headline does (", says
// operator"), so the box stayed and its items were read as statements. The
// bullet marks tell where the box ends: the first line without one.

// reSummaryToggle matches the control beside a summary box: "Show key
// points only", "Hide summary", "Key points only".
var reSummaryToggle = regexp.MustCompile(`^(?i:(?:show|hide|view|see)(?: all| the)? )?(?i:key (?:points|facts|events|moments)|summary|highlights)(?i: only)?$`)

// bulletItem returns the text of a line behind a bullet mark, and whether
// it has one.
func bulletItem(s string) (string, bool) {
	for _, mark := range []string{"• ", "· ", "▪ ", "◦ ", "‣ ", "● ", "- ", "* ", "– "} {
		if strings.HasPrefix(s, mark) {
			return strings.TrimSpace(s[len(mark):]), true
		}
	}
	return "", false
}

// removeBulletedSummaryBoxes removes a summary heading (reSummaryHeading)
// and the two to eight bulleted lines right under it, each of at most
// thirty words and none opening with a quotation, with a toggle
// (reSummaryToggle) right after them. A heading over lines without bullets,
// or over a longer list, is left to the other rules.
func removeBulletedSummaryBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 6 || !reSummaryHeading.MatchString(strings.Trim(u.text, ":*_ ")) {
			continue
		}
		var items []int
		k := i + 1
		for ; k < len(units) && kinds[k] == keep && units[k].role == ""; k++ {
			text, ok := bulletItem(units[k].text)
			if !ok {
				break
			}
			if text == "" || wc[k] > 30 || strings.IndexAny(text, "\"“‘'") == 0 {
				items = nil
				break
			}
			items = append(items, k)
		}
		if len(items) < 2 || len(items) > 8 {
			continue
		}
		take := append(items, i)
		if k < len(units) && kinds[k] == keep && units[k].role == "" && wc[k] <= 6 && reSummaryToggle.MatchString(strings.Trim(units[k].text, "*_[]() ")) {
			take = append(take, k)
		}
		for _, j := range take {
			kinds[j] = junkChrome
			removed[j] = []string{units[j].text}
		}
	}
}
