package ingest

import "testing"

func TestScreenshotCaption(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Screenshot: the thread in the Elmford Residents group. Names have been hidden by the Echo.", junkCredit},
		{"Screengrab: the parish council's notice before it was taken down.", junkCredit},
		{"Above, screenshot: the campaign page on Tuesday morning", junkCredit},
		{"Screenshots: two of the replies posted on Sunday night.", junkCredit},
		// a sentence about screenshots is the story's
		{"Screenshots shared in the group show the post was edited twice on Sunday night.", keep},
		{"She took a screenshot of the message before it was deleted and sent it to the police.", keep},
		{"The screenshot, which the Echo has seen, shows the post was made at 11pm.", keep},
	})
}
