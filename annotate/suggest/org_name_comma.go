package suggest

// This file keeps an organisation's name whole when a comma stands inside
// it ("regional organiser for the Bakers, Food and Allied Workers’
// Union"): the words after such a comma are not names between commas
// that speak ("…, Tom Becker and Luis Ortega, said"), and who speaks is
// before the apposition.

// commaInsideOrgName reports whether the comma at m, inside an apposition
// that closes with the comma at close, splits an organisation's name: a
// capitalised word after "the" before it, and after it capitalised words
// up to close, the last an organisation's head ("Union", "Federation").
func (x *text) commaInsideOrgName(m, close, lo int) bool {
	if m-2 < lo || close-m < 3 || !x.word(m-1) || !isCap(x.toks[m-1].text) || x.low(m-2) != "the" {
		return false
	}
	last := close - 1
	if !x.word(last) || !isCap(x.toks[last].text) || !orgHeads[x.low(last)] {
		return false
	}
	for k := m + 1; k < close; k++ {
		if !x.word(k) || x.quoted(k) || !isCap(x.toks[k].text) && x.low(k) != "and" && x.low(k) != "of" && x.low(k) != "&" {
			return false
		}
	}
	return true
}
