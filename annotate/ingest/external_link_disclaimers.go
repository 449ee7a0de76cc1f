package ingest

import (
	"regexp"
	"strings"
)

// A broadcaster's or publisher's page ends with its notice about the links
// it carries: "The Station is not responsible for the content of external
// sites.", sometimes with "Read about our approach to external linking."
// after it. It names no one a story quotes, so it is the page's footer.

// reExternalLinkDisclaimer matches the notice: a name, "is not
// responsible for the content of" and external, linked or third-party
// sites, then at most one more sentence about linking.
var reExternalLinkDisclaimer = regexp.MustCompile(`^(?:The |the )?\p{Lu}[\p{L}\d&'’. -]{0,60}? (?:is|are) not responsible for the content (?:of|on) (?:external|linked|other|third[- ]party) (?:internet |web )?(?:sites|websites|web sites|pages|links)\.?(?:\s+\p{Lu}[^.!?]{0,80}\blink(?:s|ing)?\b[^.!?]{0,40}\.?)?$`)

// externalLinkDisclaimer reports such a notice on a line of its own; a
// sentence that reports who said so, or quotes it, is news.
func externalLinkDisclaimer(s string, words int) bool {
	return words <= 30 && strings.Contains(s, "not responsible for the content") && !strings.ContainsAny(s, "\"“”") &&
		!reported(strings.ToLower(s)) && reExternalLinkDisclaimer.MatchString(s)
}
