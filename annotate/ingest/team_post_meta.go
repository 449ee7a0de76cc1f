package ingest

import "regexp"

// reTeamPostMeta matches a company blog's meta line signed by a team, not
// a person: "Posted 2 May 2026 by the Acme Tools team · 4 min read",
// "Published on March 4, 2026 by the Field & Fen editors". rePostMeta
// wants a name after "by"; here "the … team" stands for it.
var reTeamPostMeta = regexp.MustCompile(`^(?i:posted|published)(?: on)? ` + reDateWords +
	`,? (?i:by the) \p{Lu}[\p{L}.’'-]*(?: (?:\p{Lu}[\p{L}.’'-]*|&|and|of)){0,5} (?i:team|staff|editors|editorial team|newsroom|desk)` +
	rePostParts + `$`)

// teamPostMeta reports such a line.
func teamPostMeta(s string, words int) bool {
	return words <= 25 && reTeamPostMeta.MatchString(s)
}
