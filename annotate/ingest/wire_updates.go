package ingest

import (
	"regexp"
	"strings"
)

// A wire service's updated story carries furniture of its own: a version
// tag on the headline ("UPDATE 3-", "REFILE-"), a time stamp with its age
// ("June 9, 2024 10:02 AM GMT+2 Updated 3 hours ago"), a screen reader's
// link label ("Purchase Licensing Rights, opens new tab") and a markets
// page's delay notice ("All quotes delayed a minimum of 15 minutes.").
var (
	reWireVersionTag = regexp.MustCompile(`^((?:(?:UPDATE|WRAPUP) \d{1,2}|REFILE|CORRECTED|RPT)-)+\p{Lu}`)
	reWireStampAge   = regexp.MustCompile(`^(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.? \d{1,2}, \d{4},? \d{1,2}:\d{2}\s*(?i:[ap]\.?m\.?)?\s*(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,4})?\s*[·|,]?\s*(?i:updated\s+(?:\d{1,2}|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago)$`)
	reNewTabLabel    = regexp.MustCompile(`^[\p{L}\d][\p{L}\d '’&-]{2,60}(?:, | \()opens (?:in )?(?:a )?new (?:tab|window)\)?$`)
	reQuotesDelayed  = regexp.MustCompile(`(?i)\b(?:quotes|prices|market data)\s+(?:are\s+)?delayed\s+(?:by\s+)?(?:a\s+minimum\s+of\s+|at\s+least\s+|up\s+to\s+)?\d{1,2}\s+min`)
)

// wireUpdateLine classifies a wire page's stamp, link label and delay
// notice; a reported sentence ("prices were delayed …, the exchange said")
// stays.
func wireUpdateLine(s string, words int) junk {
	if words > 40 {
		return keep
	}
	if words <= 16 && reWireStampAge.MatchString(s) {
		return junkDate
	}
	if words <= 10 && reNewTabLabel.MatchString(s) {
		return junkChrome
	}
	if reQuotesDelayed.MatchString(s) && !strings.ContainsAny(s, "\"“”") && !reported(strings.ToLower(s)) {
		return junkChrome // as furnitureLine's "Quotes delayed …" at the line's start
	}
	return keep
}

// removeWireVersionTag takes a wire's version tag off the headline, the
// first kept line: "UPDATE 2-Ferry operator suspends route" keeps its
// words and the tag goes to the removed text.
func removeWireVersionTag(units []unit, kinds []junk, removed [][]string) {
	for i := range units {
		if kinds[i] != keep {
			continue
		}
		m := reWireVersionTag.FindStringSubmatchIndex(units[i].text)
		if m == nil {
			m = reWireBracketTag.FindStringSubmatchIndex(units[i].text) // "(LEAD) Think tank warns …" (wire_lead_tags.go)
		}
		if m == nil {
			return
		}
		if taggedHeadlineRepeated(units, kinds, i, units[i].text[m[3]:]) {
			kinds[i], removed[i] = junkChrome, []string{units[i].text} // wire_corrections.go
			return
		}
		tag := strings.TrimSpace(units[i].text[:m[3]])
		units[i].text = units[i].text[m[3]:]
		removed[i] = append(removed[i], tag)
		return
	}
}
