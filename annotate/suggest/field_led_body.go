package suggest

// fieldLedBody reports whether the part of a name before its "and" at
// token and, tokens [a, and), is one capitalised word of a trade or sector
// opening the name, perhaps after a determiner ("The Logistics and
// Distribution Workers’ Union", "the Energy and Water Institute"). Such a
// word can end a company's name ("Basin Line Logistics and Northfork
// Carriers" are two companies), but with nothing before it it names the
// field of the body that follows, so the "and" joins one name.
func (x *text) fieldLedBody(a, and int) bool {
	k := a
	if k < and && x.word(k) && isDeterminer(x.low(k)) {
		k++
	}
	return k == and-1 && x.word(k) && !x.quoted(k) && isCap(x.toks[k].text) && fieldWords[x.low(k)]
}

// fieldWords name a trade or sector that a union's, institute's or
// agency's name may open with ("Logistics", "Energy", "Media"); body
// nouns such as "Council" or "Agency" are not among them, since "the
// Council and Hallam Water" are two bodies.
var fieldWords = words(`logistics energy water power rail media shipping mining steel telecom
	transport utilities engineering construction haulage freight`)
