package ingest

import (
	"regexp"
	"strings"
)

// reDashCredit matches the line that credits a quotation in a box of
// reactions: a dash and the speaker's name, perhaps a role after a comma
// ("— Ana Ruiz, head coach", "– Dr Leo Marsh").
var reDashCredit = regexp.MustCompile(`^[—–-]\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,4}(?:,\s*[^.!?"“”]{1,80})?$`)

// dashCreditedQuote reports a quotation on a line of its own at unit j
// whose speaker the next kept line gives after a dash ("“We …”" over "—
// Ana Ruiz, head coach"): the other way a box of reactions sets out its
// quotes besides "Name: “…”".
func dashCreditedQuote(units []unit, kinds []junk, j int) bool {
	t := strings.TrimSpace(units[j].text)
	if !strings.HasPrefix(t, "“") && !strings.HasPrefix(t, "\"") && !strings.HasPrefix(t, "«") && !strings.HasPrefix(t, "„") {
		return false
	}
	k := j + 1
	for k < len(units) && kinds[k] != keep {
		k++
	}
	return k < len(units) && wordCount(units[k].text) <= 16 && reDashCredit.MatchString(strings.TrimSpace(units[k].text))
}
