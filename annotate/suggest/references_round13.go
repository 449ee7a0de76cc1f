package suggest

import (
	"sort"
	"strings"
)

// This file holds the round-13 rules: a host in a transcript labelled by
// names in capitals, and references to bodies and people named earlier.

// keepCapitalsHost names the host of a transcript whose labels are names
// in capitals ("ANN ROE:", "PAVEL DROZD:") when no other rule did: the
// label whose turns, two at least, all end in a question mark, one of
// them opening by turning to a guest named in another label ("Dr Drozd,
// …?"). Its questions are then no statements, as a "HOST:" line's are; a
// member's single question on the floor keeps its point.
func (f *finder) keepCapitalsHost(labels map[int]int) {
	if f.hostLabel != "" || len(labels) < 3 {
		return
	}
	turns := map[string][]int{}
	for p, colon := range labels {
		l := f.labelText(rng{f.labelStart(colon), colon})
		turns[l] = append(turns[l], p)
	}
	if len(turns) < 2 {
		return
	}
	names := make([]string, 0, len(turns))
	for l := range turns {
		names = append(names, l)
	}
	sort.Strings(names)
	for _, l := range names {
		paras := turns[l]
		if len(paras) < 2 {
			continue
		}
		asks, turning := true, false
		for _, p := range paras {
			pr := f.paraToks(p)
			b := pr.b
			for b > pr.a && f.toks[b-1].kind == tQuote {
				b--
			}
			if b <= pr.a || !f.is(b-1, "?") {
				asks = false
				break
			}
			turning = turning || f.turnsToOtherLabel(labels[p]+1, l, names)
		}
		if asks && turning {
			f.hostLabel = l
			return
		}
	}
}

// turnsToOtherLabel reports a turn opening at token k by naming, before a
// comma, someone another label of the transcript names ("Dr Drozd, …",
// "Pavel Drozd, …"): a host handing the floor to a guest.
func (f *finder) turnsToOtherLabel(k int, own string, labels []string) bool {
	other := map[string]bool{}
	for _, l := range labels {
		if l == own {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(l)) {
			other[strings.Trim(w, ".,")] = true
		}
	}
	for n := 0; n < 4 && k < len(f.toks); n++ {
		if f.is(k, ",") {
			return false
		}
		if !f.word(k) || !isCap(f.toks[k].text) {
			return false
		}
		if other[f.low(k)] && f.is(k+1, ",") {
			return true
		}
		k++
		if f.is(k, ".") && f.glued(k) {
			k++ // "Dr. Drozd,"
		}
	}
	return false
}
