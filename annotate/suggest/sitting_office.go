package suggest

// sittingOffices are the offices whose holder, whatever the rank the text
// first gives, is called by the office alone while sitting: an assistant or
// deputy coroner who records the conclusion is "the coroner" in the
// report, a deputy district judge who passes sentence is "the judge".
var sittingOffices = words(`coroner judge`)

// sittingOfficeHolder returns the one named person before mention i in its
// zone whose heads hold a sitting office's head, when the description ws
// names that office with no rank ("Assistant coroner Mary Cole recorded …
// ‘…,’ the coroner said"). sameRank keeps "the deputy mayor" from the
// mayor; a court's officer is different, for the report calls the ranked
// holder by the bare office. Two different holders named before leave it
// undecided (-1), as does any rank word in the description.
func (r *resolver) sittingOfficeHolder(i int, ws []string, head string) int {
	if !sittingOffices[head] {
		return -1
	}
	for _, w := range ws {
		if rankWords[bare(w)] {
			return -1
		}
	}
	f := r.f
	zone := f.paraZone[f.toks[r.mentions[i].r.a].para]
	best := -1
	for j := i - 1; j >= 0; j-- {
		c := r.mentions[j]
		if c.pronoun || !c.named || !c.person || c.org || c.doc || f.paraZone[f.toks[c.r.a].para] != zone {
			continue
		}
		if !hasWord(r.heads[c.canonical], head) && !hasWord(c.heads, head) {
			continue
		}
		if best >= 0 && r.mentions[best].canonical != c.canonical {
			return -1
		}
		if best < 0 {
			best = j
		}
	}
	return best
}
