package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// ruleLine reports a line drawn with characters only ("-----", "=====",
// "* * *"): no letter, no figure.
func ruleLine(s string) bool {
	return len(s) >= 3 && !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// reContactDetail matches what a contact box gives a reader: a phone
// number to call, a web or mail address, an incident to quote.
var reContactDetail = regexp.MustCompile(`(?i)\b(?:call|phone|ring|dial|text|contact|email|quoting|helpline)\b|(?:https?://|www\.)\S+|\b[a-z][\w-]*\.[a-z][\w.-]*/\S*|\S+@\S+\.\S+`)

// removeRuledContactBoxes removes a box set between two rules with a
// heading in capitals and a few lines telling readers whom to call or
// where to write ("WITNESS APPEAL" / "Call 101 quoting log 77 of 2 June."
// / "Pictures can be sent to example.org/appeal"): a police appeal, a
// helpline, a reader call-out under a story. Lines of the story between
// rules (a quoted letter, a fact box with no contact) stay.
func removeRuledContactBoxes(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := 0; i+2 < len(units); i++ {
		if !ruleLine(units[i].text) || units[i].role != "" {
			continue
		}
		label := i + 1
		l := units[label]
		if l.role != "" || l.block != units[i].block || wc[label] > 5 || !upperCase(l.text) || endsSentence(l.text) ||
			kinds[label] != keep && kinds[label] != junkChrome {
			continue
		}
		end, words, contact := -1, 0, false
		for j := label + 1; j < len(units) && j <= label+6 && units[j].block == units[i].block && units[j].role == ""; j++ {
			if ruleLine(units[j].text) {
				end = j
				break
			}
			words += wc[j]
			contact = contact || reContactDetail.MatchString(units[j].text)
		}
		if end < 0 || end == label+1 || words > 80 || !contact {
			continue
		}
		for j := label; j < end; j++ {
			if kinds[j] == keep {
				kinds[j] = junkChrome
				removed[j] = []string{units[j].text}
			}
		}
		i = end - 1
	}
}
