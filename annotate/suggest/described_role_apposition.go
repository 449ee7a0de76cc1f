package suggest

import "strings"

// This file reads two shapes of "description, Name, said" the apposition
// rule missed: a description whose role is linked to a place by a
// participle ("The senator representing Dunmore North in the Assembly,
// Ann Roe, said") and a name whose titles include a bracketed honorific
// ("the head of the board, Dr. (Mrs.) Ann Roe, said"). The name speaks.

// descriptionParticiples link a role to the place or body it serves.
var descriptionParticiples = words(`representing heading leading chairing overseeing`)

// participleDescriptionBefore reports whether the words before the comma
// at m, back to lo, are a description: a determiner, a lower-case role or
// noun, a participle of descriptionParticiples and then only capitalised
// words, numerals and links ("Owode Constituency I in the State House").
func (x *text) participleDescriptionBefore(m, lo int) bool {
	for k := m - 1; k >= lo && k > m-14; k-- {
		if !x.word(k) || x.quoted(k) {
			return false
		}
		w := x.low(k)
		if descriptionParticiples[w] {
			if k-2 < lo || !x.word(k-1) || isCap(x.toks[k-1].text) && k-1 > lo || !x.word(k-2) && k-2 >= lo {
				return false
			}
			j := k - 1
			for j > lo && j > k-4 && x.word(j-1) && !isDeterminer(x.low(j-1)) && !isCap(x.toks[j-1].text) {
				j--
			}
			return j-1 >= lo && x.word(j-1) && isDeterminer(x.low(j-1)) && !isCap(x.toks[k-1].text)
		}
		if !isCap(x.toks[k].text) && !phraseLinks[w] && w != "the" && !isNumber(w) {
			return false
		}
	}
	return false
}

// bracketedHonorificEnd returns the token after a bracketed honorific at
// k ("(Mrs.)", "(Dr)"), or k when there is none.
func (x *text) bracketedHonorificEnd(k int) int {
	if !x.is(k, "(") || !x.word(k+1) || !titleWords[strings.TrimSuffix(x.low(k+1), ".")] {
		return k
	}
	j := k + 2
	if x.is(j, ".") {
		j++
	}
	if !x.is(j, ")") {
		return k
	}
	return j + 1
}

// namesOnlyWithHonorific is namesOnly that lets a bracketed honorific
// stand among the titles ("Dr. (Mrs.) Ann Roe").
func (x *text) namesOnlyWithHonorific(a, b int) bool {
	for k := a; k < b; k++ {
		if e := x.bracketedHonorificEnd(k); e > k {
			k = e - 1
			continue
		}
		if !(x.nameWord(k) || x.abbrevDot(k) || x.word(k) && x.low(k) == "and" || x.is(k, ",")) {
			return false
		}
	}
	return true
}

// nameAfterParticipleDescription returns the name in apposition after a
// subject phrase sa..sb read from a sentence start, when the phrase is a
// participle description running on to a comma before token k ("The
// senator representing Dunmore North in the Assembly, Ann Roe, voted
// against it but said …"): the name between the commas.
func (x *text) nameAfterParticipleDescription(sa, sb, k int) (int, int, bool) {
	m := sb
	for m < k && m < sb+12 && x.word(m) && !x.quoted(m) {
		m++
	}
	if m >= k || !x.is(m, ",") || !x.participleDescriptionBefore(m, sa) {
		return 0, 0, false
	}
	n := m + 1
	for n < k && n < m+10 && !x.is(n, ",") {
		n++
	}
	if n >= k || n-m-1 < 2 || !x.namesOnlyWithHonorific(m+1, n) || !x.nameWord(n-1) || !x.hasName(rng{m + 1, n}) {
		return 0, 0, false
	}
	return m + 1, n, true
}

// participleDescriptionHeads adds to a named person the role of a
// participle description in apposition before the name ("The senator
// representing Dunmore North, Sen. Ann Roe,"): a later "the senator"
// picks her by it.
func (r *resolver) participleDescriptionHeads(m *mention) {
	f := r.f
	k := m.r.a - 1
	for k > 0 && (f.abbrevDot(k) || f.word(k) && titleWords[f.low(k)] && isCap(f.toks[k].text)) {
		k--
	}
	if !m.person || !f.is(k, ",") || f.quoted(k) || !f.participleDescriptionBefore(k, max(0, k-14)) {
		return
	}
	p := k - 1
	for p > 0 && !descriptionParticiples[f.low(p)] {
		p--
	}
	a := p - 1
	for a > 0 && f.word(a-1) && !isDeterminer(f.low(a-1)) {
		a--
	}
	r.addHeads(m, a, p)
}
