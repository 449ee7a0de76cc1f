package suggest

import (
	"sort"
	"unicode"
)

// keepAskingHost names the host of a transcript labelled by names in
// capitals when keepCapitalsHost, which wants every one of the host's
// turns to ask, found none because the host also reports a critic's
// charge or thanks the guest ("… says you are asking the victims to pay.",
// "Ann Roe, thank you."). The host is then the one label whose turns, three
// at least, ask in more than half, one of them turning to a guest
// named in another label ("Ann Roe, …"), while every other label asks in
// fewer than one turn of three: an interview, one side asking.
func (f *finder) keepAskingHost(labels map[int]int) {
	if f.hostLabel != "" || len(labels) < 5 {
		return
	}
	turns, names := f.labelTurns(labels)
	if len(names) < 2 {
		return
	}
	host := ""
	for _, l := range names {
		paras := turns[l]
		asks, turning := 0, false
		for _, p := range paras {
			if f.paraAsks(p) {
				asks++
			}
			turning = turning || f.turnsToOtherLabel(labels[p]+1, l, names)
		}
		switch {
		case len(paras) >= 3 && asks*2 > len(paras) && turning:
			if host != "" {
				return // two askers: a panel, not an interview
			}
			host = l
		case asks*3 >= len(paras):
			return // a guest who asks as much is no interviewee
		}
	}
	f.hostLabel = host
}

// labelTurns groups a transcript's labelled paragraphs (paragraph → the
// label's colon) by label, and lists the labels in order.
func (f *finder) labelTurns(labels map[int]int) (map[string][]int, []string) {
	turns := map[string][]int{}
	for p, colon := range labels {
		l := f.labelText(rng{f.labelStart(colon), colon})
		turns[l] = append(turns[l], p)
	}
	names := make([]string, 0, len(turns))
	for l := range turns {
		names = append(names, l)
	}
	sort.Strings(names)
	return turns, names
}

// paraAsks reports paragraph p ending in a question mark, perhaps inside
// closing quotes.
func (f *finder) paraAsks(p int) bool {
	pr := f.paraToks(p)
	b := pr.b
	for b > pr.a && f.toks[b-1].kind == tQuote {
		b--
	}
	return b > pr.a && f.is(b-1, "?")
}

// dropHostRelays drops a host's turn that asserts nothing of the host's
// own: one that only puts to the guest what someone else says of them
// ("HOST: The union says you broke your word."), whose point is the nested
// statement, kept on its own; and one that only thanks the guest ("HOST:
// Ann Roe, thank you."). A reporter's relay that speaks of no "you" ("The
// agency says the worst is over.") tells the viewer and stays.
func (f *finder) dropHostRelays() {
	for i := range f.atts {
		a := &f.atts[i]
		if a.pattern != "T" || a.dropped || a.content.empty() || !f.hostTurn(a) {
			continue
		}
		relayed := -1
		for k := range f.atts {
			b := f.atts[k]
			if k != i && !b.dropped && !b.direct && b.nestedIn == i && f.relays(a.content, b) {
				relayed = k
			}
		}
		if relayed < 0 && !f.onlyThanks(a.content) {
			continue
		}
		f.dropTurn(i)
	}
}

// dropSignOffs drops a transcript turn in which the speaker only signs
// off, naming themself by their label's words among places and the
// outlet ("JENNA RUIZ: In Larkin Bend, Jenna Ruiz, KWLD 8 News."): it
// says nothing. A turn that names the speaker in a sentence with a verb
// ("JENNA RUIZ: Jenna Ruiz has lived here ten years.") stays.
func (f *finder) dropSignOffs() {
	for i := range f.atts {
		a := &f.atts[i]
		if a.pattern != "T" || a.dropped || a.content.empty() {
			continue
		}
		if f.signsOff(a.content, f.turnLabel(a)) {
			f.dropTurn(i)
		}
	}
}

// signsOff reports turn r made only of phrases of capitalised words and
// numbers set apart by commas, perhaps opening with a preposition ("In
// Larkin Bend"), one phrase the words of label (the speaker's own name),
// and ending in a full stop.
func (f *finder) signsOff(r, label rng) bool {
	if label.empty() || !f.is(r.b-1, ".") {
		return false
	}
	name := []string{}
	for k := label.a; k < label.b; k++ {
		if !f.word(k) {
			return false
		}
		name = append(name, f.low(k))
	}
	own := false
	start := r.a
	for k := r.a; k < r.b; k++ {
		switch {
		case f.is(k, ",") || k == r.b-1:
			if k-start == len(name) {
				same := true
				for j, w := range name {
					same = same && f.low(start+j) == w
				}
				own = own || same
			}
			start = k + 1
		case !f.word(k):
			return false
		case k == start && signOffPrepositions[f.low(k)]:
		case !isCap(f.toks[k].text) && !unicode.IsDigit([]rune(f.toks[k].text)[0]):
			return false
		}
	}
	return own
}

// signOffPrepositions open the place in a reporter's sign-off ("In
// Larkin Bend, …", "From the harbour, …").
var signOffPrepositions = words(`in at from on outside for`)

// hostTurn reports a transcript line under the host's label or an
// interviewer's ("HOST:", "PRESENTER:").
func (f *finder) hostTurn(a *attribution) bool {
	label := f.turnLabel(a)
	return label.b-label.a == 1 && f.questionerLabel(label.a) || f.hostLabel != "" && f.labelText(label) == f.hostLabel
}

// relays reports attribution b, speaker, cue and content, filling the
// whole of turn r but its closing punctuation, and saying "you": a charge
// put to the guest.
func (f *finder) relays(r rng, b attribution) bool {
	start := b.content.a
	for _, x := range []rng{b.speaker, b.cue} {
		if !x.empty() && x.a < start {
			start = x.a
		}
	}
	end := r.b
	for end > r.a && !f.word(end-1) && f.toks[end-1].kind != tQuote {
		end--
	}
	if start != r.a || b.content.b < end {
		return false
	}
	for k := b.content.a; k < b.content.b; k++ {
		if f.word(k) && secondPersonWords[f.low(k)] {
			return true
		}
	}
	return false
}

// onlyThanks reports a turn that only thanks, perhaps naming the guest
// first: "Ann Roe, thank you.", "Thank you very much for joining us."
func (f *finder) onlyThanks(r rng) bool {
	k := r.a
	for n := 0; n < 4 && k < r.b && f.word(k) && isCap(f.toks[k].text); n++ {
		k++
	}
	if k > r.a && k < r.b && f.is(k, ",") {
		k++
	} else {
		k = r.a
	}
	thanks := false
	for ; k < r.b; k++ {
		switch {
		case !f.word(k):
			if !f.is(k, ".") && !f.is(k, "!") && !f.is(k, ",") {
				return false
			}
		case f.low(k) == "thank" || f.low(k) == "thanks":
			thanks = true
		case !thanksWords[f.low(k)]:
			return false
		}
	}
	return thanks
}

// thanksWords go with "thank you" in a host's closing line.
var thanksWords = words(`you very much so for joining us coming in being with talking to me all both`)
