package ingest

import (
	"regexp"
	"strings"
)

// A wire or a news site that carries a press pool's report keeps the
// report's paragraphs but not its furniture: the report's header ("POOL
// REPORT #3 - CITY HALL - SAT MAY 9") and the note on how pool reports go
// out ("Pool reports are distributed to members as received and are not
// edited by …"). A time stamp's zone may carry its offset ("2:14 PM
// GMT+2").
var (
	rePoolHeader = regexp.MustCompile(`^(?:POOL REPORT|Pool [Rr]eport)(?: (?:#|No\.? ?)?\d{1,3})?(?:\s*[-–—|:]\s*[^.!?“”"]{1,60})*$`)
	rePoolNote   = regexp.MustCompile(`^(?i:(?:the )?pool reports? (?:is|are) (?:distributed|sent|circulated|shared|posted|passed on) (?:to|among|for)\b)`)
	reZoneOffset = regexp.MustCompile(`^(?i:gmt|utc)[+−-](?:\d{1,2}(?::?\d{2})?)?$`)
)

// poolReportLine classifies a pool report's header and its distribution
// note; a sentence that reports what a pool report said stays.
func poolReportLine(s string, words int) junk {
	switch {
	case words <= 16 && rePoolHeader.MatchString(s) && !endsSentence(s):
		return junkChrome
	case words <= 40 && rePoolNote.MatchString(s) && !strings.ContainsAny(s, "\"“”") && !reported(strings.ToLower(s)):
		return junkTrailer
	}
	return keep
}

// zoneOffset reports a time zone with its offset on a date line: "GMT+2",
// "UTC-05:00" (whose "05:00" the time pattern has taken already).
func zoneOffset(w string) bool {
	return reZoneOffset.MatchString(w)
}
