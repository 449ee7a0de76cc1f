package ingest

import (
	"regexp"
	"strings"
)

// A site's text-only, lite or mobile edition opens each page with a banner
// naming the edition and a link to the other one ("Text-only edition |
// Switch to full site", "Lite version · View the standard site"). It sits
// between the headline and the standfirst in the extracted text, so it
// also cost the standfirst its place.

var (
	// reEditionName matches an edition's name: "Text-only edition",
	// "Low-bandwidth version", "Mobile site", "Classic view".
	reEditionName = regexp.MustCompile(`^(?i:(?:you are (?:reading|viewing|on) (?:the |a )?)?(?:text[- ]only|lite|light|low[- ](?:bandwidth|data)|plain[- ]text|basic|mobile|desktop|classic|full|standard|graphics?)\s+(?:edition|version|site|website|mode|view))$`)

	// reEditionSwitch matches a link to another edition: "Switch to full
	// site", "View the desktop version", "Back to the standard site", "Go
	// to text-only".
	reEditionSwitch = regexp.MustCompile(`^(?i:(?:(?:switch|go|return|back|change)(?: back)? to|view|visit|open|use|try)\s+(?:the\s+|our\s+)?(?:full|standard|desktop|mobile|classic|main|regular|normal|text[- ]only|lite|light|low[- ]bandwidth|graphics?)(?:\s+(?:site|version|edition|website|view|mode))?)$`)
)

// editionBanner reports a line made only of an edition's name and links
// to other editions, set apart by "|" or "·".
func editionBanner(s string, words int) bool {
	if words > 14 || endsSentence(s) {
		return false
	}
	parts := splitHeader(s)
	if len(parts) == 0 {
		parts = []string{strings.TrimSpace(s)}
	}
	for _, p := range parts {
		p = strings.Trim(p, "[]()›»→ ")
		if !reEditionName.MatchString(p) && !reEditionSwitch.MatchString(p) {
			return false
		}
	}
	return true
}
