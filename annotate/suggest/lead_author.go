package suggest

// teamNouns name the people who work with someone: "Okafor and
// colleagues", "Reyes and her team".
var teamNouns = words(`colleagues co-workers coworkers collaborators co-authors coauthors team group`)

// leadAuthors gives a statement whose speaker is "colleagues" (or "her
// team") right after "Name and" to the named person: "Okafor and
// colleagues report that …" is Okafor's finding, the work of her group.
// The name is the run of capitalised words before "and"; a lower-case
// word there ("the minister and colleagues") leaves the speaker alone.
func (f *finder) leadAuthors() {
	for i := range f.atts {
		a := &f.atts[i]
		if a.speaker.empty() || a.speaker.b-a.speaker.a > 2 || !teamNouns[f.low(a.speaker.b-1)] {
			continue
		}
		k := a.speaker.a
		if a.speaker.b-a.speaker.a == 2 {
			if l := f.low(k); l != "her" && l != "his" && l != "their" {
				continue
			}
		}
		if f.low(k-1) != "and" || !f.word(k-2) || f.quoted(k-2) || !isCap(f.toks[k-2].text) {
			continue
		}
		b := k - 1
		s := b - 1
		for s-1 >= 0 && f.word(s-1) && !f.quoted(s-1) && isCap(f.toks[s-1].text) && f.toks[s-1].para == f.toks[b-1].para {
			s--
		}
		if functionWords[f.low(s)] && s < b-1 {
			s++ // "In Okafor and colleagues' view": not the name
		}
		if functionWords[f.low(s)] {
			continue
		}
		a.speaker = rng{s, b}
	}
}
