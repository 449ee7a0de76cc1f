package ingest

import "strings"

// dashedCredit reports a wire's closing credit set between double dashes,
// "-- Reporting by …; translation by …; editing by … --": a credit
// reTrailer knows ("Reporting by", "Editing by"), which some desks close
// with dashes where others use brackets. Both dash pairs must be there, and
// the text inside must be the credit alone: no quotation, nothing reported.
func dashedCredit(s, lower string, words int) bool {
	if words > 40 || !strings.HasPrefix(s, "--") || !strings.HasSuffix(s, "--") || len(s) < 6 || strings.ContainsAny(s, "\"“”«»") {
		return false
	}
	inner := strings.TrimSpace(s[2 : len(s)-2])
	return inner != "" && !strings.HasPrefix(inner, "-") && reTrailer.MatchString(inner) && !reported(lower)
}
