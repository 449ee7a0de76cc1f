package ingest

import (
	"regexp"
	"strings"
)

// reBylineDesk matches the desk a byline names after its last comma:
// "Data team", "Investigations unit", "Our health desk", "Staff reporters".
var reBylineDesk = regexp.MustCompile(`^(?:(?i:our|the) )?(?:\p{Lu}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,2} )?(?i:team|desk|unit|staff|newsroom|bureau|correspondents|reporters)$`)

// deskByline reports a byline whose names are followed by the desk they
// write for: "By Jane Doe and John Roe, Data team", "By Jane Doe,
// Investigations unit". isBylineNames wants every word capitalised, so the
// lower-case "team" sank it, and reDeskByline takes a desk without names.
// A phrase opening with "By" that is no list of names ("By Friday, the
// team had left") is not a byline.
func deskByline(s string, words int) bool {
	if words > 16 || strings.ContainsAny(s, "\"“”") {
		return false
	}
	m := reByline.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	i := strings.LastIndex(m[1], ",")
	if i < 0 {
		return false
	}
	names, desk := m[1][:i], strings.TrimSuffix(strings.TrimSpace(m[1][i+1:]), ".")
	return isBylineNames(names) && reBylineDesk.MatchString(desk)
}
