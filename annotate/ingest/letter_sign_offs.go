package ingest

import (
	"regexp"
	"strings"
)

// A letter printed inside a page with more after it: a parish newsletter's
// letter from the vicar, a head teacher's letter over the school notices.
// Its closing words ("With every blessing,", "Yours in friendship,") and the
// writer's name alone under them are the letter's furniture, and so is the
// heading of the section that opens right under the name ("Notices"); the
// section's own paragraphs stay. removeSignOff takes a closing after which
// the page ends; this takes one the page goes on after.

// reLetterClosing matches a letter's closing words alone on a line, ending
// in a comma: "With every blessing,", "Every good wish,", "Yours in Christ,",
// "Love and prayers,", "Kind regards,".
var reLetterClosing = regexp.MustCompile(`(?i)^(?:with |many |warm(?:est)? |kind(?:est)? |best |every |good |all (?:good |best |my |our )?|god(?:'s|’s) |much |love and |my |our )*` +
	`(?:blessings?|wish(?:es)?|regards|love|prayers|peace|thanks|good wishes|best|yours(?: (?:ever|sincerely|faithfully|truly|in \p{L}+(?: \p{L}+)?))?|sincerely|faithfully)` +
	`(?: (?:to (?:you )?all|and (?:prayers|love|thanks|blessings)|from (?:us|me|all of us)(?: all)?))?,$`)

// removeLetterSignOffs removes a closing and the name under it when the
// page goes on after them, with a short heading right under the name.
func removeLetterSignOffs(units []unit, kinds []junk, removed [][]string, wc []int) {
	take := func(i int) {
		kinds[i] = junkTrailer
		removed[i] = []string{units[i].text}
	}
	body := 0 // kept paragraphs of a sentence or more above
	for i, u := range units {
		if kinds[i] != keep || u.role != "" {
			continue
		}
		if body < 3 || wc[i] > 8 || !reLetterClosing.MatchString(u.text) {
			if wc[i] >= 12 {
				body++
			}
			continue
		}
		name := nextKept(kinds, i+1)
		if name < 0 || wc[name] > 3 || endsSentence(units[name].text) || !isBylineNames(units[name].text) ||
			units[name].role != "" {
			continue
		}
		take(i)
		take(name)
		// the heading of the section that follows: a short line with no
		// sentence end and a kept paragraph under it
		if h := nextKept(kinds, name+1); h >= 0 && wc[h] <= 4 && units[h].role == "" && !endsSentence(units[h].text) &&
			!strings.HasSuffix(units[h].text, ",") {
			if p := nextKept(kinds, h+1); p >= 0 && wc[p] >= 8 {
				take(h)
			}
		}
		return
	}
}
