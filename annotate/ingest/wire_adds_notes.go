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
