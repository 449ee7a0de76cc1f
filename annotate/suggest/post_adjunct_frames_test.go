package suggest

import "testing"

// TestPostAdjunctFrames: a posting verb followed only by where or when it
// posted ("posted from the hearing as the judge came in:") frames the post
// after its colon; a passive, an object or a second act does not.
func TestPostAdjunctFrames(t *testing.T) {
	post := "Jury back after four hours. Verdict on all three counts expected within the hour."
	tests := []suggestCase{
		{"from a place, then a time clause",
			"The trial ended on Friday.\n\nCourt reporter Ann Roe posted from the hearing as the judge came in:\n\n" + post + "\n\nThe defendant was cleared.",
			[]suggestion{{post, "Court reporter Ann Roe", "Ann Roe", "posted", "B", "direct"}}},
		{"live from a place",
			"The trial ended on Friday.\n\nAnn Roe tweeted live from the court:\n\n" + post + "\n\nThe defendant was cleared.",
			[]suggestion{{post, "Ann Roe", "Ann Roe", "tweeted", "B", "direct"}}},
		{"a time clause holding a cue of its own",
			"The trial ended on Friday.\n\nAnn Roe posted as the last witness spoke:\n\n" + post + "\n\nThe defendant was cleared.",
			[]suggestion{{post, "Ann Roe", "Ann Roe", "posted", "B", "direct"}}},
		{"a passive posting verb",
			"The trial ended on Friday.\n\nThe results were posted as the court rose:\n\n" + post + "\n\nThe defendant was cleared.",
			nil},
		{"a posting verb with an object",
			"The trial ended on Friday.\n\nAnn Roe posted bail as the court rose:\n\n" + post + "\n\nThe defendant was cleared.",
			nil},
		{"a second act before the colon",
			"The trial ended on Friday.\n\nAnn Roe posted from the hearing and then walked home along the river:\n\n" + post + "\n\nThe defendant was cleared.",
			nil},
	}
	checkSuggestCases(t, tests)
}
