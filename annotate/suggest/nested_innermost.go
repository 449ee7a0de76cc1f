package suggest

// This file keeps a quotation nested in the statement nearest around it
// when a relay frame wraps the whole sentence: in "«His Highness told me,
// „…“, and …,» Dr. X said, the agency reported", the Emir's words sit in
// the minister's « » quotation, which sits in the agency's report. The
// golds nest the inner words in the quotation that holds them, not in the
// report around both; and the report, which overlaps the inner words only
// through the quotation, must not drop them as a rival reading.

// innermostContainer reports whether statement a should become the
// container of a statement now nested in cur (-1 for none): a is the first
// container found, or lies inside cur's content and is smaller, and a
// report never takes the place of a quotation (a relay's content cut short
// at ", and we …" may end inside the quotation it wraps).
func (f *finder) innermostContainer(cur int, a attribution) bool {
	if cur < 0 || cur >= len(f.atts) {
		return true
	}
	c := f.atts[cur]
	if c.direct && !a.direct {
		return false
	}
	return a.content.a >= c.content.a && a.content.b <= c.content.b && a.content != c.content
}

// nestedUnder reports whether attribution i sits, through its chain of
// containers, in attribution j (both indices into f.atts).
func (f *finder) nestedUnder(i, j int) bool {
	for k, n := f.atts[i].nestedIn, 0; k >= 0 && k < len(f.atts) && n < 8; k, n = f.atts[k].nestedIn, n+1 {
		if k == j {
			return true
		}
	}
	return false
}
