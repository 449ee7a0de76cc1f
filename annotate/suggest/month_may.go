package suggest

import "strings"

// monthBeforeMay are the words after which a capitalised "May" is the
// month ("in May", "last May", "the 3rd of May").
var monthBeforeMay = words(`in of since until last next early late mid`)

// monthMay reports whether token k is the month May rather than the modal
// "may": written "May" after a day number ("on 3 May", "3rd May") or a
// word of time ("in May", "last May"), or before a number ("May 3",
// "May 2024"). The modal blocks a cue after it ("may say"); the month
// does not ("Officials on 3 May said …").
func (x *text) monthMay(k int) bool {
	if k < 0 || k >= len(x.toks) || x.toks[k].text != "May" {
		return false
	}
	if k+1 < len(x.toks) && isNumber(x.toks[k+1].text) {
		return true
	}
	if k == 0 || !x.word(k-1) && !isNumber(x.toks[k-1].text) {
		return false
	}
	prev := x.toks[k-1].low
	return dayNumber(prev) || monthBeforeMay[prev]
}

// dayNumber reports whether w is a day of a month: "3", "21", "3rd", "21st".
func dayNumber(w string) bool {
	for _, end := range []string{"st", "nd", "rd", "th"} {
		if stem, ok := strings.CutSuffix(w, end); ok && stem != "" {
			w = stem
			break
		}
	}
	if w == "" || len(w) > 2 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
