package suggest

import "strings"

// This file holds the round-25 rules for dash dialogue as translated
// fiction and features print it ("— We will stay, said Ana. They owe us
// wages."): the words after a spaced dash up to ", said X." are one
// statement, and the sentences after that frame, to the paragraph's end,
// are the same speaker's second statement, with no cue. A dash-led line
// that only asks ("— And if they come at night?") is no statement.

// onlyAsks reports whether every sentence of the tokens a..b ends in a
// question mark (closing quotation marks aside).
func (f *finder) onlyAsks(a, b int) bool {
	n := 0
	for si := f.sentOfTok(a); si >= 0 && si < len(f.sents) && f.sents[si].t0 < b; si++ {
		s := f.sents[si]
		k := min(s.t1, b) - 1
		for k > s.t0 && closingMarks[f.toks[k].text] {
			k--
		}
		if !strings.HasSuffix(f.toks[k].text, "?") {
			return false
		}
		n++
	}
	return n > 0
}

// dashFrameRest adds, for a dash-led paragraph p0 ending at sentence si,
// the sentences after its framed first statement ("— We will stay, said
// Ana.") as that speaker's own words: a statement with no cue, when no
// statement of its own holds them and they do not only ask. It reports
// whether it added one.
func (f *finder) dashFrameRest(si, p0 int) bool {
	s := f.sents[si]
	k := len(f.atts) - 1
	for k >= 0 && (f.atts[k].dropped || f.atts[k].nestedIn >= 0) {
		k--
	}
	if k < 0 {
		return false
	}
	a := f.atts[k]
	if a.content.a != p0 || a.speaker.empty() || a.cue.empty() || a.cue.a < a.content.b || a.sent >= si || f.sents[a.sent].para != s.para {
		return false
	}
	rest := rng{f.sents[a.sent+1].t0, s.t1}
	if max(a.cue.b, a.speaker.b) > rest.a || f.onlyAsks(rest.a, rest.b) {
		return false
	}
	f.atts = append(f.atts, attribution{content: rest, sent: si, pattern: "F", conf: 0.45,
		inherit: k, nestedIn: -1, direct: true, priority: prioFloating})
	return true
}
