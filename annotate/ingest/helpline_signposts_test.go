package ingest

import "testing"

func TestHelplineSignpost(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"The Listening Line is available day and night on 116 123.", junkTrailer},
		{"You can contact Hopeline free and in confidence on 0800 555 0100.", junkTrailer},
		{"For confidential support, call Mindline on 0300 555 0188 or visit mindline.example.", junkTrailer},
		{"Childwatch is open 24 hours a day on 0800 555 1111.", junkTrailer},
		// news about a helpline, an appeal and a box office line stay
		{"The helpline was available day and night on 0800 555 0100 during the floods.", keep},
		{"Anyone with information can call police on 101, 24 hours a day.", keep},
		{"Tickets are available on 0161 555 0199 from Monday.", keep},
		{"The charity's helpline, 0800 555 0100, opens on Monday and will offer support to families.", keep},
		{"The Listening Line said its volunteers answered calls day and night on 116 123.", keep},
	})
}
