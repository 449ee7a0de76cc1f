package ingest

import (
	"regexp"
	"strings"
)

// Trailers a story carries under its last paragraph, from the outlet and
// not the story: an agency's credit line ("This report by The Northern
// Press was first published March 3, 2026."), a helpline note ("If you
// have been affected by the issues in this article, help is available
// from …") and a note on where the pictures came from ("Team photos
// supplied by the clubs.").
var (
	reAgencyCredit = regexp.MustCompile(`^(?i:this (?:report|story|article|piece|item|dispatch) by) \p{Lu}[^.!?]{0,60}? (?i:was (?:first |originally )?(?:published|distributed|filed|sent))\b[^!?]{0,40}$`)
	reHelplineNote = regexp.MustCompile(`^(?i:if you (?:have been|were|are|feel|have felt) (?:affected|impacted|upset|distressed) by (?:the |any of the )?(?:issues|topics|subjects|matters|themes) (?:raised |discussed |covered )?in this (?:story|article|report|piece|programme|program|episode)),`)
	rePhotoSource  = regexp.MustCompile(`^(?:\p{Lu}[\p{L}-]*\s)?(?:[\p{L}-]+\s)?(?i:photos|photographs|pictures|images|headshots|photo|picture|image) (?i:supplied|provided|submitted|handed out) by (?i:the|their|our|each of the|each) [\p{L}'’-]+(?: [\p{L}'’-]+)?\.?$`)
)

// storyTrailer reports an agency credit line, a helpline note or a
// picture-source note (see reAgencyCredit). Each is tried only on short
// lines holding its words, and never on a quotation: a line a person says
// is the story's.
func storyTrailer(s, lower string, words int) bool {
	if words > 45 || strings.ContainsAny(s, "\"“”«»") {
		return false
	}
	switch {
	case strings.HasPrefix(lower, "this ") && strings.Contains(lower, " by ") && reAgencyCredit.MatchString(s):
		return true
	case strings.HasPrefix(lower, "if you ") && strings.Contains(lower, " in this ") && reHelplineNote.MatchString(s):
		return true
	case words <= 10 && (strings.Contains(lower, " by the ") || strings.Contains(lower, " by their ") || strings.Contains(lower, " by our ") || strings.Contains(lower, " by each")) &&
		rePhotoSource.MatchString(s):
		return true
	}
	return false
}
