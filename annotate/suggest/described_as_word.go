package suggest

// This file holds the round-41 rule for a short quotation after "described
// X as": "When Ms Vane described the figures as ‘cooked’, the chair …",
// "Hale described the plan as ‘reckless’." The speaker's own word for a
// thing, quoted after "as", is their statement, however short; the
// characterising rule (characterised) needs four quoted words at the
// sentence's end, as "called X ‘…’" is often a name or a scare quote.
// Only "described"/"describes" with a named subject before it and "as"
// right before the quotation count: "what critics described as ‘reform’"
// (no subject), "was described as ‘historic’" (a passive) and "the figures
// described in ‘Table 2’" (no "as") are left.

// passiveAuxiliaries before "described" make it a passive with no speaker.
var passiveAuxiliaries = words(`be been being is are was were`)

// describedAsWord adds, for the verb "described" at c in sentence si, the
// quotation of one to three words right after "as", within eight tokens
// of the verb and before any comma, as its subject's statement, when the
// quotation ends the sentence or a clause (a comma or full stop after it).
func (f *finder) describedAsWord(si, c, end int) {
	if w := f.low(c); w != "described" && w != "describes" || f.usedCue[c] || passiveAuxiliaries[f.low(c-1)] {
		return
	}
	s := f.sents[si]
	lo := s.t0
	if subordinators[f.low(lo)] {
		lo++ // "When Ms Vane described …"
	}
	sa, sb, ok := f.speakerBefore(c, lo)
	if !ok {
		return
	}
	if f.low(sa-1) == "what" || f.low(sa-1) == "which" || f.low(sa-1) == "that" {
		return // a relative clause's subject: "what critics described as …"
	}
	for k := c + 1; k < end && k < c+9; k++ {
		if f.is(k, ",") || f.is(k, ";") || f.quoted(k) && f.toks[k].kind != tQuote {
			return
		}
		if f.toks[k].kind != tQuote {
			continue
		}
		q := f.quotes[f.toks[k].quote]
		if q.t0 != k || q.title || q.words < 1 || q.words > 3 || f.low(k-1) != "as" || k-1 == c+1 {
			return
		}
		if next := q.t1 + 1; next < end && !f.is(next, ",") && !f.is(next, ".") {
			return
		}
		f.add(attribution{sent: si, speaker: rng{sa, sb}, cue: rng{c, c + 1}, cueLemma: "describe",
			content: rng{q.t0, q.t1 + 1}, direct: true, pattern: "D3", conf: 0.5, priority: prioDirect})
		return
	}
}
