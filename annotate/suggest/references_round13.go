package suggest

import "strings"

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
	turns, names := f.labelTurns(labels)
	if len(names) < 2 {
		return
	}
	for _, l := range names {
		paras := turns[l]
		if len(paras) < 2 {
			continue
		}
		asks, turning := true, false
		for _, p := range paras {
			if !f.paraAsks(p) {
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
// "Pavel Drozd, …"), or whose capitals spell another label's initials
// ("Pavel Drozd, …" to "PD:"): a host handing the floor to a guest.
func (f *finder) turnsToOtherLabel(k int, own string, labels []string) bool {
	other, initials := map[string]bool{}, []string{}
	for _, l := range labels {
		if l == own {
			continue
		}
		if keyInitials(l) {
			initials = append(initials, l)
		}
		for _, w := range strings.Fields(strings.ToLower(l)) {
			other[strings.Trim(w, ".,")] = true
		}
	}
	start := k
	for n := 0; n < 4 && k < len(f.toks); n++ {
		if f.is(k, ",") {
			for _, l := range initials {
				if capitalsSpell(f.toks[start:k], l) {
					return true
				}
			}
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

// headInName reports whether body c's name holds the description's head
// noun itself ("the trust" in "Wealdmoor Health NHS Trust").
func headInName(c mention, head string) bool {
	for _, w := range strings.Fields(strings.ToLower(foldAccents(c.canonical))) {
		if headForms(w)[0] == head {
			return true
		}
	}
	return false
}

// preferOwnHead keeps, of the bodies fits whose kind fits a description's
// head, those whose name holds the head noun itself, when some do: "the
// trust" after a health trust and a hospital it runs is the trust, though
// both are bodies of one kind.
func (r *resolver) preferOwnHead(fits []int, head string) []int {
	var own []int
	for _, j := range fits {
		if headInName(r.mentions[j], head) {
			own = append(own, j)
		}
	}
	if len(own) == 0 {
		return fits
	}
	return own
}

// ledeBodyFor is ledeBodyOfKind for a description resolved so far to cur,
// a body passing by: the lede's body is taken only when cur's name does
// not hold the head noun itself or the lede body's does too ("The trust
// said" stays with the "… NHS Trust" a hospital's lede sits beside).
func (r *resolver) ledeBodyFor(i int, head string, cur mention) int {
	j := r.ledeBodyOfKind(i, head, cur.canonical)
	if j >= 0 && headInName(cur, head) && !headInName(r.mentions[j], head) {
		return -1
	}
	return j
}

// givenNameOfPerson reports a one-word name that is a known given name
// ("Ruth") and full, the one longer name opening with it, a person's two
// or three words with no body's word ("Ruth Amadi"): the first name alone
// stands for that person even where it came first (a subject line, a
// headline read as body), as "Kestrel" before "Kestrel Lens" does not.
func givenNameOfPerson(first string, full []string) bool {
	if givenGender(first) == 0 || len(full) < 2 || len(full) > 3 || hasOrgHead(full) {
		return false
	}
	for _, w := range full {
		if !isCap(w) {
			return false
		}
	}
	return true
}

// skipLateDateline moves the start of an early body paragraph past a
// dateline ("HARTLEY, Dec. 3 (Wire) - ") when only short lines came
// before it (a dek or a wire's bullets read as body): the dateline's place
// name in capitals is no one speaking. The first long paragraph without
// a dateline ends the search.
func skipLateDateline(runes []rune, paras [][2]int) {
	for p := 1; p < len(paras) && p < 6; p++ {
		if n := datelineLen(runes[paras[p][0]:paras[p][1]]); n > 0 && paras[p][0]+n < paras[p][1] {
			paras[p][0] += n
			return
		}
		if paras[p][1]-paras[p][0] > 120 {
			return
		}
	}
}
