package suggest

// This file holds the round-35 rule for a phone-in's transcript: the
// host's lines that only hand over to the next caller ("Let's hear from
// listeners. Jan is in Hexley. Morning, Jan.", "Our next caller is Dev,
// who runs a shop.") are the show's running, no statement, as a host's
// question is none. A host's line that reports something before it hands
// over ("They sent us a statement which says … . Go ahead, Maureen.")
// stays the host's statement.

// phoneInNouns are the words a host hands over to the callers with: "our
// next caller", "Let's hear from listeners", "Jan is on the line".
var phoneInNouns = words(`caller callers listener listeners phones line lines`)

// onlyCallHandling reports host turn a whose every sentence asks, names a
// phone-in's callers or line, or is a short one (up to six words) naming a
// caller the transcript's labels name ("Jan is in Hexley.", "Morning,
// Jan.", "Go ahead, Maureen."); a line with no caller's label on the page
// is left to the other rules.
func (f *finder) onlyCallHandling(a *attribution) bool {
	callers := map[string]bool{}
	for _, who := range f.labelWho {
		if who.b-who.a == 1 {
			callers[f.toks[who.a].text] = true
		}
	}
	if len(callers) == 0 {
		return false
	}
	for si := f.sentOfTok(a.content.a); si < len(f.sents) && f.sents[si].t0 < a.content.b; si++ {
		s := f.sents[si]
		t0, t1 := max(s.t0, a.content.a), min(s.t1, a.content.b)
		words, phoneIn, caller := 0, false, false
		for k := t0; k < t1; k++ {
			if f.toks[k].kind == tQuote {
				return false // a quotation: the host reports
			}
			if !f.word(k) {
				continue
			}
			words++
			phoneIn = phoneIn || phoneInNouns[f.low(k)]
			caller = caller || callers[f.toks[k].text]
		}
		asks := t1 > t0 && f.is(t1-1, "?")
		if !asks && !phoneIn && !(caller && words <= 6) {
			return false
		}
	}
	return true
}
