package ingest

import "regexp"

// A case study that hides a person under a pseudonym marks the name with an
// asterisk ("Maria*, 34, …") and explains it in a footnote line of its own:
// "*Name has been changed", "* Names have been changed to protect their
// identities.", "†Not her real name". The footnote is the publisher's
// note, not the story. The asterisk is what tells it: a sentence of the
// story that says the same ("Her name has been changed, she said.") has
// none and stays.
var reAnonymityFootnote = regexp.MustCompile(`^[*†]\s?(?i:(?:(?:his|her|their|some|all|the) )?names? (?:has|have) been changed|not (?:his|her|their) real names?|names? changed|(?:a )?pseudonyms? (?:has|have) been used)(?:\s+(?i:to protect (?:\p{L}+ )?(?:identity|identities|privacy|anonymity)|at (?:\p{L}+ )?request))?\.?\*?$`)

// anonymityFootnoteLine classifies the footnote above; keep otherwise.
func anonymityFootnoteLine(s string, words int) junk {
	if words <= 16 && reAnonymityFootnote.MatchString(s) {
		return junkTrailer
	}
	return keep
}
