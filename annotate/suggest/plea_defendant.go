package suggest

// pleaVerbs are the verbs by which a court report tells who stands
// accused: the defendant denies, admits or pleads to an offence.
var pleaVerbs = words(`denies denied deny admits admitted admit pleads pleaded pled`)

// pleadedDefendant returns, for a protagonist role ("the defendant", "the
// accused") at mention i, the latest person named before it in its zone
// who denies, admits or pleads to an offence ("Ann Roe, 58, of Mill Lane,
// denies 14 counts of fraud", "Tom Hale pleaded not guilty"); -1 if none.
// Such a plea is itself a statement, so the person is a speaker and the
// count of people only spoken about (salient) misses them, giving the role
// to the counsel or witness named in passing instead ("Dan Cole,
// defending").
func (r *resolver) pleadedDefendant(i int) int {
	f := r.f
	m := r.mentions[i]
	zone := f.paraZone[f.toks[m.r.a].para]
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if f.paraZone[f.toks[c.r.a].para] != zone || c.pronoun || !c.named || !c.person || c.org || c.plural {
			continue
		}
		if r.sentenceSubject(c.r.a) && f.pleaFollows(c.r.b) {
			return j
		}
	}
	return -1
}

// pleaFollows reports whether a plea to an offence follows token k, the
// end of a subject's name, past the comma-bound asides that tell its age
// and home (", 58, of Mill Lane, Kelbridge,").
func (f *finder) pleaFollows(k int) bool {
	s := f.sentenceOf(k)
	for f.is(k, ",") {
		n := k + 1
		for n < len(f.toks) && n-k <= 8 && !f.is(n, ",") && f.sentenceOf(n) == s {
			n++
		}
		if !f.is(n, ",") || n-k > 8 {
			return false
		}
		k = n
		if pleaVerbs[f.low(k+1)] {
			break
		}
	}
	if f.is(k, ",") {
		k++
	}
	if !f.word(k) || !pleaVerbs[f.low(k)] {
		return false
	}
	// "denies two counts of fraud", "admitted the theft", "pleaded not
	// guilty to …": a number, a determiner or "not" may come first
	for n := k + 1; n <= k+3 && n < len(f.toks) && f.sentenceOf(n) == s; n++ {
		w := f.low(n)
		if offences[w] || w == "guilty" {
			return true
		}
		if !pleaCounts[w] && w != "not" && w != "to" && !isNumber(w) {
			return false
		}
	}
	return false
}
