package ingest

import "testing"

// Comment-section stubs, in wordings no fixture uses, beside sentences
// about a site's comment rules.

func TestCommentPrompts(t *testing.T) {
	for _, s := range []string{
		"Log in to comment. Please read our house rules before posting.",
		"Sign in to reply. Comments are moderated.",
		"Please read our community standards before commenting.",
		"Comments are moderated in line with our house rules. Sign in or register to join the debate.",
		"All comments are pre-moderated according to our comments policy.",
	} {
		if !commentPrompt(s, wordCount(s)) {
			t.Errorf("comment stub not found: %q", s)
		}
	}
	for _, s := range []string{
		"The paper said readers must read the guidelines first.",
		"Sign in to comment. The council meets again on Tuesday.",
		"Comments are moderated by volunteers who work unpaid, the forum's founder said.",
		"Sign in to comment",
		"Comments are moderated in line with the law, the minister told MPs.",
		"Comments are moderated in line with our community rules, which the paper changed in May after complaints.",
		"Log in or register to join the debate on the bypass at the town hall on Monday.",
	} {
		if commentPrompt(s, wordCount(s)) {
			t.Errorf("not a comment stub, taken as one: %q", s)
		}
	}
}
