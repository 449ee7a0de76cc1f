package ingest

import (
	"regexp"
	"strings"
)

// reOwnedRoundupDisclaimer matches the standing note of a gossip or press
// round-up that names its outlet as owner: "Touchline Daily’s gossip
// column rounds up rumours from other outlets.", "The Ledger's morning
// digest gathers reports from the weekend papers." reRoundupDisclaimer
// (rules.go) reads the same note opening on "The", "This" or "Our"; the
// possessive name left it a paragraph of the story.
var reOwnedRoundupDisclaimer = regexp.MustCompile(`^(?:The )?\p{Lu}[\p{L}\d.&-]*(?: \p{Lu}[\p{L}\d.&-]*){0,3}['’]s? (?:[\p{L}-]+ ){0,2}(?i:column|round-?up|roundup|digest|mill|page|blog|briefing|newsletter) (?i:collects|gathers|rounds up|brings together|compiles|sums up|summari[sz]es) (?:[\p{L}’'-]+ ){0,3}(?i:reports|stories|rumours|rumors|claims|articles|coverage|gossip) (?i:from|in|by|of) [^.!?]{2,60}\.`)

// ownedRoundupDisclaimer reports such a note (reOwnedRoundupDisclaimer),
// perhaps with a second sentence after it ("We have not verified these
// stories."). A quoted or reported sentence about a column stays.
func ownedRoundupDisclaimer(s, lower string, words int) bool {
	return words <= 40 && !strings.ContainsAny(s, "\"“”") && !reported(lower) && reOwnedRoundupDisclaimer.MatchString(s)
}
