package ingest

import (
	"regexp"
	"strings"
)

// reReadBy matches who reads or presents a broadcast item: "Read by Jo
// Amankwah", "Presented by Sam Ode".
var reReadBy = regexp.MustCompile(`^(?:Read|Presented|Narrated|Introduced) by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$`)

// reListenPart matches a player's part of such a line: "Listen again (4
// min 12 s) ▶", "Play", "12:30", "▶ 3:05".
var reListenPart = regexp.MustCompile(`(?i)^(?:▶\s*)?(?:listen(?: again| now| back)?|play(?: now)?|watch(?: again)?)?\s*(?:\(?\d+\s*(?:min|mins|minutes|m)\b[^)]*\)?|\d{1,2}:\d{2})?\s*▶?$`)

// removeBroadcastCredits removes a bulletin's or podcast's credit line:
// the reader and, after "|", the date and the player ("Read by Jo Amankwah
// | Tuesday 8 December 2026 | Listen again (4 min 12 s) ▶"). A sentence
// that says who read something stays, as does a line without a date or a
// player part.
func removeBroadcastCredits(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 25 || !strings.Contains(u.text, "|") {
			continue
		}
		if broadcastCredit(strings.Split(u.text, "|")) {
			kinds[i] = junkChrome
			removed[i] = []string{u.text}
		}
	}
}

// broadcastCredit reports parts that are a reader and a date or a player,
// and nothing else.
func broadcastCredit(parts []string) bool {
	reader, other := false, false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
		case reReadBy.MatchString(p):
			reader = true
		case isDateLine(p) || strings.TrimSpace(p) != "" && reListenPart.MatchString(p):
			other = true
		default:
			return false
		}
	}
	return reader && other
}
