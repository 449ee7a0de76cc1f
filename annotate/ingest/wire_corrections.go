package ingest

import (
	"regexp"
	"strings"
)

// A markets wire's story carries price lines and a correction note of its
// own: a ticker with the day's move on a line by itself ("(ACME.L
// +4.1%)", "(.FTSE -0.3%, BRKA.N +1.2%)") and "(This story has been
// corrected to show …)" or "(Refiles to fix typo in headline)".
var (
	reTickerLine     = regexp.MustCompile(`^\((?:\s*\.?[A-Z][A-Z0-9]{0,7}(?:\.[A-Z]{1,2})?\s+[+\-−]\s?\d{1,3}(?:\.\d{1,2})?\s?%\s*[,;]?)+\)$`)
	reWireCorrection = regexp.MustCompile(`^[(\[](?i:(?:this|the) (?:story|article|report|item|version) (?:has been|was|is) (?:corrected|refiled|updated) to\b|(?:corrects|refiles|adds|updates) (?:to|with|paragraph|headline|byline|dateline)\b)[^()\[\]]*[)\]]$`)
)

// wireCorrectionLine classifies a markets wire's ticker line and its
// correction note: both stand alone in brackets, and a sentence of the
// story that names a ticker ("Shares in Acme (ACME.L) fell 4 percent")
// or a correction runs on outside them.
func wireCorrectionLine(s string, words int) junk {
	if words > 45 || !strings.HasPrefix(s, "(") && !strings.HasPrefix(s, "[") {
		return keep
	}
	if words <= 12 && reTickerLine.MatchString(s) {
		return junkChrome
	}
	if reWireCorrection.MatchString(s) && !strings.ContainsAny(s, "\"“”") {
		return junkChrome
	}
	return keep
}

// taggedHeadlineRepeated reports a tagged headline ("CORRECTED-Acme to
// buy Zeta") whose words the next kept line repeats without the tag: the
// wire's slug line over the page's own headline, furniture as a whole.
func taggedHeadlineRepeated(units []unit, kinds []junk, i int, untagged string) bool {
	for j := i + 1; j < len(units) && j <= i+3; j++ {
		if kinds[j] == keep {
			return sameText(units[j].text, untagged)
		}
	}
	return false
}
