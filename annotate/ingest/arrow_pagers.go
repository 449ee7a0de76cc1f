package ingest

import (
	"regexp"
	"strings"
)

// reArrowPager matches a series pager drawn with arrows instead of
// "Previous" and "Next": the item before after a left arrow, a separator,
// the item after before a right arrow ("← Ep. 83: The last bus | Ep. 85:
// Coming soon →", "‹ Part 2: The flood · Part 4: The rebuild ›"). Each half
// names a numbered item of the series (episode, part, chapter, day, week,
// issue). A line that only opens with an arrow ("← Back to all stories"),
// or arrows round words that number nothing, is left to other rules.
var reArrowPager = regexp.MustCompile(`^[←‹«]\s*(?i:ep(?:isode)?\.?|part|chapter|ch\.|day|week|issue|no\.|#)\s*\d{1,4}\b[^|·•]{0,80}\s[|·•]\s*(?i:ep(?:isode)?\.?|part|chapter|ch\.|day|week|issue|no\.|#)\s*\d{1,4}\b[^|·•]{0,80}[→›»]$`)

// arrowPager reports a pager line of that shape.
func arrowPager(s string, words int) bool {
	return words <= 25 && !strings.ContainsAny(s, "\"“”") && reArrowPager.MatchString(strings.TrimSpace(s))
}
