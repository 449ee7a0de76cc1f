package suggest

// callerPlaceLabel reads the bracket of a one-word role label in capitals
// that gives a caller's first name and where they ring from, as a phone-in's
// transcript prints them ("CALLER (Jan, Hexley):", "LISTENER (Ola, Upper
// Brindle):"), the bracket opening at token k of paragraph para. The name is
// one capitalised word, a known given name or one the page uses elsewhere
// ("Jan is in Hexley"); the place, up to three capitalised words after the
// comma, is no part of it. A party and a seat ("MP (Labour, Leeds):") name
// no one. It returns the colon and the name.
func (f *finder) callerPlaceLabel(k, para int) (int, rng, bool) {
	name := k + 1
	if !f.is(name+1, ",") || !f.word(name) || f.toks[name].para != para || !isCap(f.toks[name].text) || capitals(f.toks[name].text) {
		return 0, rng{}, false
	}
	j := name + 2
	for j < name+5 && f.word(j) && f.toks[j].para == para && isCap(f.toks[j].text) {
		j++
	}
	if j == name+2 || !f.is(j, ")") || !f.is(j+1, ":") || j+2 >= len(f.toks) || f.toks[j+2].para != para {
		return 0, rng{}, false
	}
	who := rng{name, name + 1}
	if givenGender(f.toks[name].text) == 0 && !f.nameElsewhere(who) {
		return 0, rng{}, false
	}
	return j + 1, who, true
}
