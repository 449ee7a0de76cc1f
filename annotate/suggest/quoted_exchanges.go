package suggest

import "sort"

// This file holds the round-41 rule for an exchange a report quotes from an
// official record: the report introduces it with a line ending in a colon
// ("The exchange, from the Official Report, ran:") and then prints a few
// lines, each opening with its speaker's label in ordinary case ("Tom
// Hale: I opposed it then.", "Mr Speaker: Order.", "Ann Roe (Eastfield):
// Will he give way?"). Such lines are transcript lines even when no label
// comes twice, which a transcript of name labels otherwise needs
// (keepNameLabels). A crowd's turn ("Hon Members: Hear, hear.") is
// nobody's statement, and a line that only asks is dropped as any
// transcript question is.

// crowdLabelHeads end a label that is a crowd's, not one speaker's:
// "Hon Members:", "Noble Lords:", "Several Delegates:".
var crowdLabelHeads = words(`members lords delegates voices councillors senators peers`)

// exchangeLabel reads, at the paragraph opening at t0, a label of one to
// three capitalised words, none in capitals, the first may be a title
// ("Mr Speaker:"), with an optional seat or party
// in brackets after it ("Ann Roe (Eastfield):"), and the colon. It returns
// the colon and the label's words before any bracket.
func (f *finder) exchangeLabel(t0, para int) (int, rng, bool) {
	k := t0
	if f.word(k) && titleWords[f.low(k)] && isCap(f.toks[k].text) {
		k++ // "Mr Speaker:", "Dr Hale:"
		if f.is(k, ".") && f.glued(k) {
			k++
		}
	}
	for k < t0+3 && f.word(k) && f.toks[k].para == para && !f.quoted(k) && isCap(f.toks[k].text) && !capitals(f.toks[k].text) &&
		!notLabels[f.low(k)] && !functionWords[f.low(k)] && !sentenceOpeners[f.low(k)] {
		k++
	}
	if k == t0 || f.toks[k-1].kind == tPunct {
		return 0, rng{}, false
	}
	if f.is(k, ":") && k+1 < len(f.toks) && f.toks[k+1].para == para {
		return k, rng{t0, k}, true
	}
	if !f.is(k, "(") {
		return 0, rng{}, false
	}
	j := k + 1
	for j < k+5 && f.word(j) && f.toks[j].para == para && isCap(f.toks[j].text) {
		j++
	}
	if j == k+1 || !f.is(j, ")") || !f.is(j+1, ":") || j+2 >= len(f.toks) || f.toks[j+2].para != para {
		return 0, rng{}, false
	}
	return j + 1, rng{t0, k}, true
}

// keepQuotedExchange adds to labels, when no transcript was found, the
// labels of a quoted exchange: three body paragraphs in a row or more, each
// opening with an exchange label, right after a paragraph that ends with a
// colon, with two labels at least that name someone elsewhere on the page
// or open with a title ("Mr Speaker"). A fact box ("Venue: Corran Hall",
// "Tickets: £5") names nobody, and lines that are not introduced are left.
// A crowd's label is no speaker's and is not kept, nor is a line that only
// asks.
func (f *finder) keepQuotedExchange(labels map[int]int) {
	if len(labels) > 0 {
		return
	}
	type line struct {
		para, colon int
		who         rng
	}
	var lines []line
	firsts := map[int]int{} // paragraph → its first token
	for si, s := range f.sents {
		if si > 0 && f.sents[si-1].para == s.para {
			continue
		}
		firsts[s.para] = s.t0
		if f.paraZone[s.para] != "body" {
			continue
		}
		if colon, who, ok := f.exchangeLabel(s.t0, s.para); ok {
			lines = append(lines, line{s.para, colon, who})
		}
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].para < lines[j].para })
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && lines[j].para == lines[j-1].para+1 {
			j++
		}
		if j-i >= 3 && f.introducedByColon(lines[i].para, firsts) {
			named := 0
			for _, l := range lines[i:j] {
				if titleWords[f.low(l.who.a)] || f.nameElsewhere(l.who) {
					named++
				}
			}
			if named >= 2 {
				for _, l := range lines[i:j] {
					if crowdLabelHeads[f.low(l.who.b-1)] || f.onlyAsks(l.colon+1, f.paraEndTok(l.colon)) {
						continue
					}
					labels[l.para] = l.colon
					if l.who.b < l.colon {
						f.labelWho[l.para] = l.who
					}
				}
			}
		}
		i = j
	}
}

// introducedByColon reports whether the paragraph before para, in the body,
// ends with a colon.
func (f *finder) introducedByColon(para int, firsts map[int]int) bool {
	t0, ok := firsts[para]
	if !ok || t0 == 0 || f.toks[t0-1].para != para-1 || f.paraZone[para-1] != "body" {
		return false
	}
	return f.is(t0-1, ":")
}
