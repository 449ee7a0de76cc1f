package suggest

// ageAside reports the comma that opens an age set between commas after a
// name, given the comma that closes it: in "Orla Vant, 67, who said …" the
// comma before "who" closes ", 67," and the name ends before the first
// comma. Anything but a bare whole number from 1 to 119 ("Vant, 1,200,",
// "Vant, 67th,") is no age, and the comma is returned as it came.
func (x *text) ageAside(comma int) int {
	n := comma - 1
	if !x.is(comma, ",") || !x.word(n) || !x.is(n-1, ",") || x.quoted(n) || !ageNumber(x.toks[n].text) {
		return comma
	}
	return n - 1
}

// ageNumber reports a whole number from 1 to 119 in digits.
func ageNumber(s string) bool {
	if len(s) == 0 || len(s) > 3 || s[0] == '0' {
		return false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		v = v*10 + int(s[i]-'0')
	}
	return v < 120
}
