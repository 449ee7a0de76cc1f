package ingest

import (
	"regexp"
	"strings"
)

// Two labels of a newsroom's investigation: the note naming the partner
// the story was published with, and the heading over a reply or statement
// the story reproduces whole.
var (
	// reCoPublication matches the note naming a publishing partner: "This
	// story was co-published with Radio Fell.", "This investigation was
	// produced in partnership with the Daily Record", "This report is
	// published in collaboration with …". A plain "published by" or
	// "produced with" is a story's sentence, not a note.
	reCoPublication = regexp.MustCompile(`^[(\[]?(?i:this (?:article|story|report|investigation|piece|feature|series|project|analysis|podcast|episode) (?:was|is|has been|is being) (?:(?:jointly )?co-?(?:published|produced|reported|written)\s+(?:with|by|alongside|together with)|jointly (?:published|produced|reported|written)\s+(?:with|by)|(?:jointly )?(?:published|produced|reported|written|made|commissioned)\s+(?:in (?:partnership|collaboration|association|conjunction) with|jointly with))\s+\S)`)
	// reFullTextLabel matches the heading over a reply, statement or letter
	// the story reproduces whole: "STATEMENT IN FULL", "The company's
	// response in full", "Read the letter in full", "Full statement",
	// "FULL TEXT OF THE APOLOGY".
	reFullTextLabel = regexp.MustCompile(`^(?i:(?:read |here is |here's )?(?:the |her |his |their |its |our |[\p{L}’'-]+['’]s? ){0,2}(?:full )?(?:statement|response|reply|letter|apology|text|email|e-mail|remarks|speech|resignation letter|open letter)s? in full|(?:the )?full (?:text|statement|response|reply|letter)(?: of (?:the |her |his |their |its )?[\p{L}’' -]{2,30})?)$`)
)

// coPublicationNote reports a short note naming the partner a story was
// published with, as a line of its own; a sentence that reports speech
// ("…, the council said") is the story's.
func coPublicationNote(s, lower string, words int) bool {
	return words <= 25 && strings.Contains(lower, "this ") && !strings.Contains(lower, " said") && !strings.Contains(lower, " says") &&
		reCoPublication.MatchString(s)
}

// removeFullTextLabels takes the heading over a reply, statement or letter
// the story reproduces whole ("STATEMENT IN FULL"): a short line of its own
// that ends no sentence, with text under it. The reproduced paragraphs
// stay: they are the story's. A heading naming a subject ("The budget in
// full") is a section of the story and stays.
func removeFullTextLabels(units []unit, kinds []junk, removed [][]string, wc []int) {
	for i, u := range units {
		if kinds[i] != keep || u.role != "" || wc[i] > 8 || endsSentence(u.text) {
			continue
		}
		if !reFullTextLabel.MatchString(strings.Trim(u.text, "*_ ")) {
			continue
		}
		if i+1 < len(units) && units[i+1].block == u.block && u.wrap {
			continue // the words open a wrapped paragraph
		}
		if nextKept(kinds, i+1) < 0 {
			continue // nothing under it: no label
		}
		kinds[i] = junkChrome
		removed[i] = []string{u.text}
	}
}

// nextKept returns the first kept unit at i or after it, or -1.
func nextKept(kinds []junk, i int) int {
	for ; i < len(kinds); i++ {
		if kinds[i] == keep {
			return i
		}
	}
	return -1
}
