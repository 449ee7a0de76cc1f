package ingest

import "testing"

// TestSpeechLinkLines: the link under a speech story to the speech's full
// text ("Read the full speech: … (as prepared for delivery)") is a
// trailer; a sentence after such a label, or one reporting what the
// speech said, is the story's.
func TestSpeechLinkLines(t *testing.T) {
	classifyCases(t, []struct {
		line string
		want junk
	}{
		{"Read the full speech: Tomasz Henning's address to the Ports Federation (as prepared for delivery)", junkTrailer},
		{"Read the full address: the harbourmaster's remarks to the autumn conference", junkTrailer},
		{"Watch the speech: Ilse Varga at the Wharf Forum, 14 October", junkTrailer},
		{"See the full transcript: Ports Federation annual dinner, 2026", junkTrailer},
		{"Read the full speech: she promised the ports a new levy by spring.", keep},
		{"Read the full speech and you will find no promise on the levy, the union said.", keep},
		{"Watch the speech again: it was the minister's third attempt at the levy, and nobody in the hall clapped.", keep},
	})
}
