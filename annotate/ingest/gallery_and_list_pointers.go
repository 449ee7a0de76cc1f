package ingest

import (
	"regexp"
	"strings"
)

// A local paper closes an event's write-up with links to more of it: "Full
// list of winners", "See all 24 photos from the night in our gallery". With
// the links gone they read as the story's last short paragraphs.

// reFullListPointer matches a link to a list elsewhere: "Full list of
// winners", "See the full list of results", "View the complete list of
// nominees here". A sentence about such a list ("The full list of winners
// is below.") does not match: the line ends on the list's name.
var reFullListPointer = regexp.MustCompile(`^(?i:(?:see|view|read|click for|here is|here's|here’s) )?(?i:the )?(?i:full|complete) (?i:list|line-?up|rundown|table) of (?:(?:this year['’]s|the|all|every) )?(?:\p{L}+ ){0,2}(?i:winners|results|nominees|finalists|honours|honorees|award winners|shortlist|runners|candidates|entries|scores)(?: (?:here|online|below))?\s*[.:→›»]?$`)

// reGalleryPointer matches a link to a photo gallery: "See all 24 photos
// from the night in our gallery", "View our gallery of 40 pictures", "More
// pictures from the show in our gallery". It names a gallery or counts the
// pictures it points at, and says nothing else.
var reGalleryPointer = regexp.MustCompile(`^(?i:(?:see|view|browse|look through|scroll through|click through|check out|more) )(?i:all )?(?i:(?:the|our) )?(?:\d{1,4} )?(?i:more )?(?i:photos|pictures|images|pics|photographs|shots)\b[^.!?]{0,50}?(?i:in|from|on) (?i:our|the) (?i:(?:full |picture |photo )?gallery|slideshow|picture special)(?: (?:below|here|online|above))?\s*[.→›»]?$|^(?i:(?:see|view|browse) (?:our|the) (?:full |picture |photo )?gallery) of (?:\d{1,4} )?(?i:photos|pictures|images)\b[^.!?]{0,50}$`)

// galleryOrListPointer reports such a link line (reFullListPointer,
// reGalleryPointer): short, unquoted, not reported speech.
func galleryOrListPointer(s, lower string, words int) bool {
	if words > 16 || strings.ContainsAny(s, "\"“”") || reported(lower) {
		return false
	}
	return reFullListPointer.MatchString(s) || reGalleryPointer.MatchString(s)
}

// reSignInRemnant matches a comment box's sign-in prompt whose link words
// the copy lost: "Want to join the conversation? Please or to comment on
// this article." ("Please [sign in] or [register] to comment"), and the
// same prompt whole. An invitation with the words in place and no
// "please" reads as a story's sentence only when it names who was asked;
// this one names no one.
var reSignInRemnant = regexp.MustCompile(`^(?i:(?:want to|would you like to|like to) (?:join|start) the (?:conversation|discussion|debate)\?\s+)?(?i:please )(?i:(?:sign in|log in|login|register|subscribe) )?(?i:or )(?i:(?:sign in|log in|register|subscribe|create an account) )?(?i:to (?:comment|reply|post a comment|leave a comment|join the (?:conversation|discussion|debate))(?: on this (?:article|story|post|page))?)[.!]?$`)

// signInRemnant reports a comment box's sign-in prompt (reSignInRemnant).
func signInRemnant(s string, words int) bool {
	return words <= 20 && reSignInRemnant.MatchString(s)
}
