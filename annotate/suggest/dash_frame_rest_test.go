package suggest

import (
	"fmt"
	"testing"
)

// TestDashFrameRest: in dash dialogue the words after the dash up to
// ", said X." are one statement and the sentences after that frame are the
// same speaker's second one, with no cue; a dash-led line that only asks is
// no statement, while one that goes on after its question still is.
func TestDashFrameRest(t *testing.T) {
	const yard = "The families gathered in the yard of the old mill on Friday.\n\n— We will stay, said Rosa."
	const stay = `I2 "— We will stay" by "Rosa" (Rosa) cue "said" [indirect]`
	tests := []struct {
		name, text, want string
	}{
		{"the sentences after the frame", yard + " The owners still owe us two years of pay. The mill is all they have left.\n\n— Then the police can come, she said.",
			"[" + stay + ` F "The owners still owe us two years of pay. The mill is all they have left." by "Rosa" (Rosa) cue "" [direct] I2 "— Then the police can come" by "she" (Rosa) cue "said" [indirect]]`},
		{"a dash-led question after a frame", yard + "\n\n— And if they come at night?\n\n— Then they will find us here, she said.",
			"[" + stay + ` I2 "— Then they will find us here" by "she" (Rosa) cue "said" [indirect]]`},
		{"a frame that ends the paragraph", yard + "\n\nThe police did not say when they would come.",
			"[" + stay + "]"},
		{"a dash-led question that goes on", yard + "\n\n— And if they come at night? We will lock the gates.",
			"[" + stay + ` F "— And if they come at night? We will lock the gates." by "Rosa" (Rosa) cue "" [direct]]`},
		{"a frame whose rest only asks", yard + " And who will make us go?\n\nThe police did not say when they would come.",
			"[" + stay + "]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := readSuggestions(tt.text)
			if fmt.Sprint(got) != tt.want {
				t.Errorf("suggestions for %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}
