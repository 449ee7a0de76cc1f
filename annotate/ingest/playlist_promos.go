package ingest

import (
	"regexp"
	"strings"
)

// A music page's promo for its own playlist between a review's paragraphs:
// "Playlist: Hear Shoreline Rent and the rest of our tracks of the week on
// our Friday Fresh playlist.", "Listen to this track and more on our
// Spotify playlist", "Stream the album's best songs on our New Music Friday
// playlist". It tells the reader to hear, listen to, stream or follow, and
// names the outlet's own playlist ("our … playlist"). A reported sentence
// ("…, she said"), a quotation, or a line about a playlist that is not the
// outlet's ("The song opened the band's tour playlist") is article text.

// rePlaylistAsk matches a playlist promo's opening: an optional label,
// then the call to listen.
var rePlaylistAsk = regexp.MustCompile(`^(?i:(?:playlist|listen|stream|hear it|spotify)\s*:\s*)?(?i:hear|listen(?: to| along)?|stream|follow|subscribe to|add (?:it|them|this)|find)\b`)

// reOurPlaylist matches the outlet's own playlist.
var reOurPlaylist = regexp.MustCompile(`(?i:\bour\b[^.!?]{0,40}\bplaylists?\b)`)

// playlistPromo reports a promo line for the outlet's own playlist.
func playlistPromo(s, lower string, words int) bool {
	if words > 30 || strings.ContainsAny(s, "“”\"«»") || reported(lower) {
		return false
	}
	s = strings.TrimLeft(s, "*_•·-–—> ")
	return rePlaylistAsk.MatchString(s) && reOurPlaylist.MatchString(s)
}
