package ingest

import (
	"strings"
	"testing"
)

// Playlist promos in wordings no fixture uses, beside review lines that
// mention playlists or listening.

func TestPlaylistPromo(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Playlist: Hear Low Orbit and the rest of this month's best new songs on our Monthly Picks playlist.", true},
		{"Listen to the whole album and more on our Spotify playlist", true},
		{"Stream: Follow our Sunday Slow Songs playlist for more like this.", true},
		{"> Hear it: add this track to our Late Night Drive playlist", true},
		// near misses
		{"Hear how the band's early songs sat on our playlist for months, she said.", false},
		{"The single opened the band's tour playlist every night in Lisbon.", false},
		{"Listen to the closing track and you hear a band that has finally relaxed.", false},
		{"“Stream it on our playlist,” the singer joked from the stage.", false},
	}
	for _, tt := range tests {
		if got := playlistPromo(tt.line, strings.ToLower(tt.line), wordCount(tt.line)); got != tt.want {
			t.Errorf("playlistPromo(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
