package ingest

import (
	"regexp"
	"strings"
)

// reLabelledWarningBox matches a weather or flood warning box that a page
// (often a blockquote in a Markdown blog) runs into one paragraph: a title
// in capitals with the level and the hazard, "⚠ AMBER WARNING: SNOW", then
// at once a labelled field, "Where: …", "When: …", "Valid: …", "Areas: …".
// The box restates the warning service's notice; the post's own text
// about the warning is prose and opens with no such title.
var reLabelledWarningBox = regexp.MustCompile(`^(?:[\p{So}\x{FE0F}]+\s*)?(?:\p{Lu}+\s+){0,2}(?:WARNING|WATCH|ALERT)S?\s*[:—–-]\s*\p{Lu}[\p{Lu}&/ -]*?\s+(?:Where|When|Valid(?: from)?|Areas?|Regions?|Issued|In force|Timing)\s*:`)

// labelledWarningBox reports such a box (reLabelledWarningBox) of at most
// 90 words, with no quotation and no reported speech: a forecaster quoted
// on the warning is the story, not the box.
func labelledWarningBox(s string, words int) bool {
	if words > 90 || strings.ContainsAny(s, "\"“”") || !strings.Contains(s, "WARNING") && !strings.Contains(s, "WATCH") && !strings.Contains(s, "ALERT") {
		return false
	}
	return reLabelledWarningBox.MatchString(s) && !reported(strings.ToLower(s))
}
