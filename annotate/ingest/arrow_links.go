package ingest

import "strings"

// arrowLink reports a link line a text page marks with an arrow and opens
// on a call to act: ">> Check the map for your street", "» See every
// school's results", "→ Read the full report". ctaLine takes only such
// calls of up to four words, and iconLed knows no typed arrows. The arrow
// must lead, the first word be an imperative (ctaVerbs, ctaExtra), and the
// line end no sentence and quote no one: ">> Councils checked the map"
// and a reply quoted in a mail (">> Check it before you send it.") stay.
func arrowLink(s string, words int) bool {
	if words > 14 || endsSentence(s) || strings.ContainsAny(s, "\"“”«") {
		return false
	}
	var rest string
	for _, arrow := range []string{">>", "»", "→", "->", "⇒"} {
		if r, ok := strings.CutPrefix(s, arrow); ok {
			rest = strings.TrimSpace(r)
			break
		}
	}
	if rest == "" {
		return false
	}
	first, second := firstWords(strings.ToLower(rest))
	return (ctaVerbs[first] || ctaExtra[first]) && second != "" && !pastOrThird(second)
}
