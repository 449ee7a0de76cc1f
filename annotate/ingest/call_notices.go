package ingest

import (
	"regexp"
	"strings"
)

// reCallHeading matches the heading of a release's call notice:
// "Conference call", "Webcast", "Earnings call details", "Investor call:".
var reCallHeading = regexp.MustCompile(`^(?i:(?:conference|earnings|results|investor|analysts?'?) call|webcast|conference call and webcast|webcast and conference call)(?:s| details| information)?\s*:?$`)

// removeCallNotices removes the notice of a company's call for analysts set
// in a results release ("Management will host a conference call at 9:00
// GMT. Dial-in: …, passcode …. A replay will be available …") and the
// heading above it. It names a call and how to join it (a dial-in number, a
// passcode, a replay): an invitation, not news. A sentence that reports
// what was said on a call stays.
func removeCallNotices(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 90 || !callNotice(strings.ToLower(u.text)) {
			continue
		}
		kinds[i] = junkTrailer
		removed[i] = []string{u.text}
		for h := i - 1; h >= 0; h-- {
			if kinds[h] != keep {
				continue
			}
			if units[h].role == "" && wc[h] <= 6 && reCallHeading.MatchString(strings.TrimSpace(units[h].text)) {
				kinds[h] = junkTrailer
				removed[h] = []string{units[h].text}
			}
			break
		}
	}
}

// callNotice reports a paragraph announcing a call with the means to join
// it, in no reported speech.
func callNotice(lower string) bool {
	if reported(lower) {
		return false
	}
	call := false
	for _, w := range []string{"conference call", "webcast", "earnings call", "investor call", "analyst call", "results call"} {
		if strings.Contains(lower, w) {
			call = true
			break
		}
	}
	if !call {
		return false
	}
	for _, w := range []string{"dial-in", "dial in", "passcode", "pass code", "access code", "conference id", "participant code", "toll-free", "toll free", "replay will be available", "replay is available", "pin:"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
