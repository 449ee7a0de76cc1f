package ingest

import (
	"regexp"
	"strings"
)

// An updated wire story says under its headline, in parentheses, what the
// new version added: "(Adds CEO comments on analyst call, analyst notes,
// shares)", "(Updates with closing prices)", "(Recasts with minister's
// statement)". wireVersionNoteLine reads such a note only glued to its
// version tag ("UPDATE 3-Adds …"); on its own line in parentheses it stayed
// and was taken for the standfirst. The note is a fragment, an editor's
// verb and what it acted on, with no verb of its own.

// reWireAddsNote matches the note: a whole line in parentheses opening on
// an editor's verb.
var reWireAddsNote = regexp.MustCompile(`^\((?:Adds|Updates|Recasts|Rewrites|Corrects|Changes|Fixes|Removes|Refiles|Clarifies|Amends|Tops|Includes|Inserts|Expands|Writes through|Re-?issues) (\S+)[^()]*\)\.?$`)

// wireAddsNote reports such a note: short, no quotation, no reporting
// verb, no finite verb, and the editor's verb not followed by a word that
// makes it a headline's ("(Adds to losses as shares slide)").
func wireAddsNote(s string, words int) bool {
	if words > 25 || s == "" || s[0] != '(' || strings.ContainsAny(s, "\"“”") {
		return false
	}
	m := reWireAddsNote.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	switch strings.ToLower(m[1]) {
	case "to", "up", "as", "for", "on":
		return false
	}
	lower := strings.ToLower(s)
	if reported(lower) || strings.Contains(lower, ". ") {
		return false
	}
	return !hasAuxiliary(lower)
}

// A wire story points the subscriber to a companion item by its code, on
// a line of its own between sections: "For a factbox on what changes for
// farmers, see EU-FARM/FACTBOX", "For a graphic on rates, click
// [ID:nL5N2X]", "For more on the talks, double-click on
// https://example.com/x". Cut from the wire's system the code points
// nowhere; the line is the desk's, not the story's. A sentence of the
// story that says "see" ("For a decade, she said, they could see no way
// out") ends on words, not on a code.

// reWirePointer matches the pointer: "For" and what the item is, a comma,
// the desk's verb and the item's code (a slug in capitals with a slash or
// hyphen, a bracketed story id or a link), and nothing after.
var reWirePointer = regexp.MustCompile(`^For (?:a |an |the |more on |more about |more |full |live )?[^,;:"“”]{0,80}, (?i:see|click(?: on)?|double[- ]click(?: on)?|type|tap|go to)\s+(?:\p{Lu}[\p{Lu}\d&.]*(?:[/-][\p{Lu}\d&.]+)+|\[(?i:ID:)?[^\[\]\s]{2,30}\]|<[^<>\s]{2,30}>|https?://\S+)\s*[.)]?$`)

// wirePointerLine reports such a pointer: short, no quotation.
func wirePointerLine(s string, words int) bool {
	return words <= 25 && !strings.ContainsAny(s, "\"“”«»") && reWirePointer.MatchString(s)
}
