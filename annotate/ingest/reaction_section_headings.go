package ingest

import (
	"regexp"
	"strings"
)

// A page's subheading naming a section of reactions after who gives them,
// "Player reaction", "Fans’ reaction", "Reaction from the manager", over
// a paragraph that quotes someone: the heading labels the section, the
// paragraph is the story's. Other subheadings stay ("Chain reaction" is
// the writer's own words), and so does the heading over a paragraph
// without a quotation.

// rePartyReaction matches a reaction heading naming whose reaction it is.
var rePartyReaction = regexp.MustCompile(`^(?i:(?:(?:the )?(?:players?|fans?|supporters?|managers?|coach(?:es)?|club|captain|community|local|public|political|industry|market|family|staff|union|residents?|team|opposition|council|government|ministers?)(?:'s?|’s?)? reactions?|reactions? (?:from|of) (?:the )?(?:players?|fans?|supporters?|managers?|coach|club|captain|community|family|staff|union|residents?|team|opposition|council|government|ministers?|dugout|dressing room)))$`)

// removePartyReactionHeadings removes such a heading when the next kept
// unit holds a quotation.
func removePartyReactionHeadings(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i := range units {
		if kinds[i] != keep || units[i].role != "" || wc[i] > 6 || endsSentence(units[i].text) {
			continue
		}
		if !rePartyReaction.MatchString(strings.TrimRight(units[i].text, ": ")) {
			continue
		}
		j := i + 1
		for j < len(units) && kinds[j] != keep {
			j++
		}
		if j < len(units) && wc[j] > 6 && strings.ContainsAny(units[j].text, "“\"«„") {
			kinds[i] = junkChrome
			removed[i] = []string{units[i].text}
		}
	}
}
