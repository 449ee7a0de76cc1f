package suggest

import "strings"

// This file drops a quotation signed on the line below it by a thing that
// carries words, not by a person, as boxes of "the week in quotes" print
// them ("“Slow down — our children live here.”\n\n— a hand-painted sign on
// Oakhurst Road"): the words of a sign, banner or placard have no speaker
// the article names (guidelines, not statements), so the quotation is not
// a floating statement of whoever spoke last.

// wordCarriers are things that display words without speaking them.
var wordCarriers = words(`sign signs placard placards banner banners poster posters notice notices
	billboard billboards plaque plaques slogan slogans graffiti inscription inscriptions sticker stickers
	mural murals headstone gravestone t-shirt t-shirts noticeboard`)

// carrierStops end the noun phrase of a signing line ("a sign that
// appeared", "a banner on the bridge").
var carrierStops = words(`that which who whose on in at by from near outside along above over for of with under beside across`)

// dropObjectSigned drops the direct statements from first on that are one
// quotation filling its paragraph, when the next paragraph is a signing
// line whose noun phrase is headed by a word carrier.
func (f *finder) dropObjectSigned(first int) {
	for k := first; k < len(f.atts); k++ {
		a := &f.atts[k]
		if a.dropped || !a.direct || a.content.empty() || !f.quoted(a.content.a) {
			continue
		}
		q := f.quotes[f.toks[a.content.a].quote]
		if q.t0 != a.content.a || q.t1+1 != a.content.b {
			continue
		}
		if q.t0 > 0 && f.toks[q.t0-1].para == f.toks[q.t0].para {
			continue
		}
		if pend := f.paraEndTok(q.t0); pend == q.t1+1 && f.carrierSigned(pend) {
			a.dropped = true
		}
	}
}

// carrierSigned reports whether the paragraph opening at token d is a
// spaced dash and a noun phrase in lower case ("— a hand-painted sign")
// whose last word, before a comma, a preposition or relative word, or a
// participle ("— the man holding a banner"), is a word carrier.
func (f *finder) carrierSigned(d int) bool {
	if d >= len(f.toks) || !(f.is(d, "—") || f.is(d, "–")) || !f.word(d+1) || f.toks[d+1].para != f.toks[d].para || isCap(f.toks[d+1].text) {
		return false
	}
	head := ""
	for t := d + 1; t < d+7 && f.word(t) && f.toks[t].para == f.toks[d].para; t++ {
		l := f.low(t)
		if carrierStops[l] || !strings.Contains(l, "-") && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed")) {
			break
		}
		head = l
	}
	return wordCarriers[head]
}
