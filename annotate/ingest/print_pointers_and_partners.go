package ingest

import (
	"regexp"
	"strings"
)

var (
	// rePageFolio matches a printed page's number on a line of its own:
	// "Page 5", "PAGE 12", "Page 3 of 8".
	rePageFolio = regexp.MustCompile(`^(?i:page)\s+\d{1,3}(?:\s+(?i:of)\s+\d{1,3})?$`)

	// rePagePointer matches a printed edition's pointer to another page:
	// "Turn to page 22 for the Youth Cup report", "Continued on page 4",
	// "See pages 8-9", "More on p. 30".
	rePagePointer = regexp.MustCompile(`^(?i:(?:turn|go|flick|head) (?:over )?to|see|continued on|continues on|more on|full (?:story|report) on|read more on)\s+(?i:pages?|pp?\.)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\b`)

	// rePartnerLine matches a partner's or a sponsor's credit line:
	// "OFFICIAL PARTNER: Wharf Motors", "Today's match sponsor: …",
	// "Kit sponsor – …", "Match ball sponsored by …".
	rePartnerLine = regexp.MustCompile(`^(?i:(?:(?:official|principal|main|headline|premier|club|kit|shirt|our|today['’]s|tonight['’]s|this (?:week|season)['’]s)\s+)?(?:(?:match|matchday|match ball|ball|programme|kit|shirt|community|media|travel)\s+)?(?:partners?|sponsors?)\s*[:–—-]|(?:match|match ball|programme|kit)\s+sponsored by)\s*\S`)
)

// removePrintPointersAndPartners removes the furniture a printed
// programme or magazine sets round a piece: the page's number, a pointer
// to another page and the partners' and sponsors' credit lines. Each is
// short and quotes no one; a sentence of the story that speaks of a page
// or a sponsor ("The sponsor said …") has no label or number first.
func removePrintPointersAndPartners(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		t := strings.TrimSpace(u.text)
		if kinds[i] != keep || u.role != "" || wc[i] > 20 || strings.ContainsAny(t, "\"“”") {
			continue
		}
		if rePageFolio.MatchString(t) || rePagePointer.MatchString(t) && !endsSentence(t) || rePartnerLine.MatchString(t) {
			kinds[i] = junkChrome
			removed[i] = []string{u.text}
		}
	}
}
