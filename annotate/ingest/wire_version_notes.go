package ingest

import "regexp"

// A wire's updated story can carry its version note on a line of its own,
// under or over the headline: the version tag ("UPDATE 3-", "REFILE-")
// glued to what the update did ("Adds governor's comments, rescue
// coordinator", "Recasts with minister's statement"). removeWireVersionTag
// only looks at the first kept line, the headline, so a note after the
// headline stayed and was taken for the standfirst. A headline after a
// tag opens with its own subject ("UPDATE 2-Ferry operator suspends
// route"), not with an editor's verb.

// reWireVersionNote matches a version tag followed by an editor's verb and
// what it acted on: "UPDATE 3-Adds …", "REFILE-Corrects …", "UPDATE
// 1-Recasts with …". "Updates to …" or "Adds to …" read as a headline's
// noun or verb phrase and do not match.
var reWireVersionNote = regexp.MustCompile(`^(?:(?:(?:UPDATE|WRAPUP) \d{1,2}|REFILE|CORRECTED|RPT)-)+\(?(?:Adds|Updates|Recasts|Rewrites|Corrects|Changes|Fixes|Removes|Refiles|Clarifies|Amends|Tops|Includes)\s+(?:(?:to|on|for|up|as)\s)?`)

// wireVersionNoteLine classifies a line that is a wire's version note: a
// short line matching reWireVersionNote whose verb is not followed by a
// preposition that makes it a headline ("UPDATE 1-Adds to losses as …").
func wireVersionNoteLine(s string, words int) junk {
	if words > 25 {
		return keep
	}
	m := reWireVersionNote.FindString(s)
	if m == "" || reWireNoteHeadlineVerb.MatchString(m) {
		return keep
	}
	return junkChrome
}

// reWireNoteHeadlineVerb matches the end of a reWireVersionNote match in
// which the verb is followed by a preposition: a headline's words, not
// an editor's note.
var reWireNoteHeadlineVerb = regexp.MustCompile(`\s(?:to|on|for|up|as)\s$`)
