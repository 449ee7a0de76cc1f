package ingest

import (
	"regexp"
	"strings"
)

// A video player scraped as text leaves its controls one per line beside
// its title and clock ("Watch: … reports from …", "Play", "0:00 / 2:14",
// "Captions", "Settings", "Full screen"). The older rules take the title,
// "Play" and the clock; the control labels are ordinary words ("Settings",
// "Captions") that a story may use as a subheading, so they go only when
// they sit in the same block as a removed part of the player, one label a
// line.

// playerControls are a player's button labels, compared lower-cased.
var playerControls = setOf("captions", "subtitles", "cc", "closed captions", "subtitles/cc", "settings",
	"full screen", "fullscreen", "exit full screen", "exit fullscreen", "mute", "unmute", "volume",
	"picture in picture", "picture-in-picture", "playback speed", "quality", "audio description",
	"cast", "airplay")

// rePlayerPart matches a player's part the older rules remove: its clock
// ("0:00 / 2:14", "1:48"), its play button, its "Watch:" title.
var rePlayerPart = regexp.MustCompile(`^(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?|(?i:play|pause|replay|play video|watch now|now playing)|(?i:watch|video)\s*:.*|[▶►⏵].*)$`)

// playerControl reports a line that is only a player's button label.
func playerControl(s string) bool {
	return playerControls[strings.ToLower(strings.Trim(s, " .:|•·"))]
}

// removePlayerControls removes a run of player button labels in the same
// block as a removed player part (its clock, play button or title) right
// above or below the run.
func removePlayerControls(units []unit, kinds []junk, removed [][]string) {
	for i := 0; i < len(units); i++ {
		if !playerControl(units[i].text) || units[i].role != "" {
			continue
		}
		j := i // the run of labels is units[i:j]
		for j < len(units) && units[j].block == units[i].block && units[j].role == "" && playerControl(units[j].text) {
			j++
		}
		player := func(k int) bool {
			return k >= 0 && k < len(units) && units[k].block == units[i].block && kinds[k] != keep &&
				rePlayerPart.MatchString(strings.TrimSpace(units[k].text))
		}
		if player(i-1) || player(j) {
			for k := i; k < j; k++ {
				if kinds[k] == keep {
					kinds[k] = junkChrome
					removed[k] = []string{units[k].text}
				}
			}
		}
		i = j - 1
	}
}
