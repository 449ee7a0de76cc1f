package ingest

import (
	"regexp"
	"strings"
)

// A text edition's page opens with the outlet's name and the edition's
// ("HARBOUR GAZETTE - TEXT EDITION") and a notice of the edition with a
// link to the full site ("You are reading the text-only edition. Switch to
// the full site: example.org"). Neither is the headline.

// reTextEditionName matches the edition's name in a masthead: "TEXT
// EDITION", "Text-only version", "Lite edition".
var reTextEditionName = regexp.MustCompile(`^(?i:(?:text|text[- ]only|plain[- ]text|lite|low[- ]bandwidth) (?:edition|version))$`)

// editionMasthead reports a masthead line naming the outlet and its text
// edition, set apart by " - ", " – ", " | " or " · ", or an edition notice
// whose sentences each name the edition or link to another
// (editionBanner's words), the last one perhaps with the link's address.
func editionMasthead(s string, words int) bool {
	if words > 16 {
		return false
	}
	for _, sep := range []string{" - ", " – ", " — ", " | ", " · "} {
		if name, edition, ok := strings.Cut(s, sep); ok && reTextEditionName.MatchString(strings.TrimSpace(edition)) {
			name = strings.TrimSpace(name)
			return name != "" && wordCount(name) <= 5 && strings.ToUpper(name) == name
		}
	}
	sentences := strings.Split(strings.TrimRight(s, ". "), ". ")
	if len(sentences) < 2 {
		return false
	}
	for k, p := range sentences {
		if k == len(sentences)-1 {
			p, _, _ = strings.Cut(p, ":") // "Switch to the full site: example.org"
		}
		p = strings.TrimSpace(p)
		if !reEditionName.MatchString(p) && !reEditionSwitch.MatchString(p) {
			return false
		}
	}
	return true
}
