package suggest

import "strings"

// streetHeads end the names of streets: "Mill Lane", "Station Road",
// "Harbour Street". Such a name is no person a "she" or "he" stands for,
// nor who speaks.
var streetHeads = words(`road street lane avenue drive close crescent terrace boulevard mews gardens grove parade`)

// streetName reports whether the words ws name a street: two or more
// capitalised words, the last a street's word, the first neither a given
// name ("Deborah Lane") nor a title ("Mr Lane", "Judge Street").
func streetName(ws []string) bool {
	n := len(ws)
	if n < 2 || n > 4 || !isCap(ws[n-1]) || !streetHeads[strings.ToLower(bare(ws[n-1]))] {
		return false
	}
	for _, w := range ws {
		if !isCap(w) {
			return false
		}
	}
	return givenGender(ws[0]) == 0 && !hasTitle(ws[:n-1])
}

// streetMention takes a bare name that is a street's off the people: "On
// Mill Lane, families carried carpets out … “…,” he said" is no street
// speaking.
func (r *resolver) streetMention(i int) {
	m := &r.mentions[i]
	if !m.named || m.pronoun || !m.person || m.att >= 0 {
		return
	}
	if streetName(r.f.phraseWords(m.r)) {
		m.person, m.thing = false, true
	}
}

// streetPrepositions put a street after someone: "Traders on Station
// Road", "a teenager from Mill Lane".
var streetPrepositions = words(`on in at from off along near`)

// streetSpeakers widens a speaker span that is a street after a
// preposition to the phrase that opens the sentence and holds it: in
// "Traders on Station Road tell me …" the traders speak, in "A teenager
// helping his grandparents on Mill Lane, who …, said" the teenager. The
// phrase is at most eight words, all outside quotations, in one
// paragraph, and starts the sentence.
func (f *finder) streetSpeakers() {
	for i := range f.atts {
		a := &f.atts[i]
		sp := a.speaker
		if sp.empty() || sp.a < 2 || !streetPrepositions[f.low(sp.a-1)] || !streetName(f.phraseWords(sp)) {
			continue
		}
		s := sp.a - 1
		for s-1 >= 0 && sp.a-s < 8 && f.word(s-1) && !f.quoted(s-1) && f.toks[s-1].para == f.toks[sp.a].para {
			s--
		}
		if s == sp.a-1 || !isCap(f.toks[s].text) {
			continue
		}
		if s > 0 && f.toks[s-1].para == f.toks[s].para && !f.is(s-1, ".") && !f.is(s-1, "!") && !f.is(s-1, "?") {
			continue
		}
		// "Traders on Station Road": the noun and its street name whom
		// the phrase means; "A teenager helping … on Station Road": the
		// noun before the clause ("A teenager")
		h := s
		if isDeterminer(f.low(s)) {
			h++
		}
		if h+1 == sp.a-1 {
			a.speaker = rng{s, sp.b}
		} else if h == s+1 {
			a.speaker = rng{s, h + 1}
		}
	}
}

// streetDescribed names a speaker who is a noun and the street it is on
// ("Traders on Station Road") by the whole phrase, not the street inside
// it.
func (r *resolver) streetDescribed(m mention) mention {
	f := r.f
	p := m.r
	if m.att < 0 || p.b-p.a < 4 {
		return m
	}
	h := p.a
	if isDeterminer(f.low(h)) {
		h++
	}
	if h+2 >= p.b || !streetPrepositions[f.low(h+1)] || !f.word(h) || !streetName(f.phraseWords(rng{h + 2, p.b})) {
		return m
	}
	head := strings.ToLower(bare(f.toks[h].text))
	m.canonical = strings.Join(trimDeterminer(f.phraseWords(p)), " ")
	m.named, m.person, m.thing, m.org = false, true, false, false
	m.plural = strings.HasSuffix(head, "s")
	if !hasWord(m.heads, head) {
		m.heads = append(m.heads, head)
	}
	return m
}
