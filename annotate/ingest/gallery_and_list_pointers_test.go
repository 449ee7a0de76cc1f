package ingest

import "testing"

// TestGalleryAndListPointers: links to a full list, a photo gallery and a
// comment box's sign-in prompt with its link words lost are furniture;
// sentences of a story about lists, photos and comments are not.
func TestGalleryAndListPointers(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool // page furniture
	}{
		{"Full list of winners", true},
		{"See the complete list of this year's nominees", true},
		{"View all 40 pictures from the parade in our gallery", true},
		{"See 12 more photos from the match in our picture gallery", true},
		{"Want to join the conversation? Please or to comment on this article.", true},
		{"Please or to reply", true},
		{"The full list of winners is below.", false},
		{"A full list of winners was read out at midnight by the mayor.", false},
		{"See all the photos you want, the curator said, but do not touch.", false},
		{"Residents can view photos of the new library in the town hall gallery until June.", false},
		{"Please register or comment by Friday, the council said.", false},
		{"Want to join the conversation about the new bypass? Come to the meeting on Tuesday.", false},
	} {
		if got := classify(tt.line, wordCount(tt.line)) != keep; got != tt.want {
			t.Errorf("classify(%q) furniture %v, want %v", tt.line, got, tt.want)
		}
	}
}
