package ingest

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A journal's commentary ("News & Views", "Perspective") prints two kinds
// of furniture a news story lacks: the author's affiliation line ("Jane
// Doe is at the Department of Physics, University of Tarnby.") and a
// references list after the piece, each entry a paper's citation ("1.
// Okafor, C. et al. Title. J. Abbr. 31, 412–420 (2026).").

// reAffiliationLine matches the author line: one or more names, "is at" or
// "are in", and an institution closing the line.
var reAffiliationLine = regexp.MustCompile(`^` + reNameWords + `(?:(?:,| and| &) ` + reNameWords + `)* (?:is|are) (?:at|in|with|based at) ` +
	`(?:[^.;“”"]{0,160}, )?(?:the )?(?:\p{Lu}[\p{L}-]* ){0,3}(?:University|Institute|College|School|Centre|Center|Laboratory|Hospital|Museum|Observatory|Department|Faculty)` +
	`(?: (?:of|for) (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})?\.?$`)

// affiliationLine reports such a line.
func affiliationLine(s string, words int) bool {
	return words <= 40 && (strings.Contains(s, " is ") || strings.Contains(s, " are ")) && reAffiliationLine.MatchString(s) && !reported(strings.ToLower(s))
}

// referenceHeadings are the headings of a references list.
var referenceHeadings = setOf("references", "bibliography", "works cited", "literature cited", "references and notes")

var (
	// reCitationYear matches the year of a citation: "(2026)", "2025.",
	// "2023a".
	reCitationYear = regexp.MustCompile(`\b(?:1[89]|20)\d\d[a-z]?\b`)
	// reCitationAuthor matches what only a citation holds: "et al", a
	// surname with its initials ("Marr, D."), a DOI.
	reCitationAuthor = regexp.MustCompile(`\bet al\b|^\p{Lu}[\p{L}'’-]+,? (?:\p{Lu}\.\s?){1,3}|(?i)\bdoi\b`)
	// reBodyAuthor matches a citation whose author is a body, not a person
	// with initials: its name in capitalised words (with "of", "and", "&"
	// between them), maybe its year in brackets, a full stop, and the
	// title ("Hedgerow Trust (2023). Hedgehogs and roads", "Veldmoor
	// District Council. Cabinet decision notice …").
	reBodyAuthor = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|of|for|and|on|the|&)){0,6}(?: \((?:1[89]|20)\d\d[a-z]?\))?\. \p{Lu}`)
)

// removeReferenceLists removes a references list after the story: a line
// that is only such a heading, with three kept paragraphs above it, and
// after it to the page's end kept items that each read as a citation.
// Each item goes to the removed text with the number its list printed.
func removeReferenceLists(units []unit, kinds []junk, removed [][]string, wc []int) {
	citation := func(j int) bool {
		t := units[j].text
		return wc[j] <= 60 && reCitationYear.MatchString(t) && (reCitationAuthor.MatchString(t) || reBodyAuthor.MatchString(t))
	}
	if i, items := listAfterStory(units, kinds, referenceHeadings, 40, citation); i >= 0 {
		removeToEnd(units, kinds, removed, i, true)
		stripBracketedCitations(units[:i], kinds, removed, items) // "Ashgrove [1]."
	}
}

// droppedItemNumber returns the number ("3. ") of an ordered list's item
// whose marker the text leaves out (orderedItemMarker gives ""), for the
// removed text to keep as the page printed it.
func droppedItemNumber(list *ast.List, item int) string {
	if !list.IsOrdered() || orderedItemMarker(list, item) != "" {
		return ""
	}
	return strconv.Itoa(list.Start+item) + string(list.Marker) + " "
}
