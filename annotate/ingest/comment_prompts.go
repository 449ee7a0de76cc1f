package ingest

import (
	"regexp"
	"strings"
)

// A comment section's stub may join its sign-in link to a pointer to its
// rules on one line: "Sign in to comment. Please read our community
// guidelines first.", "Log in to reply. Comments are moderated.",
// "Comments are moderated in line with our community rules. Log in or
// register to join the debate." Each
// sentence alone is furniture (commentControl takes the first kind), but
// together they ran past what it matches and stayed as text. A line all of
// whose sentences are such controls or pointers to the rules is the stub;
// a reported sentence about a site's rules ("The paper said readers must
// read the guidelines first.") is not one of them.

// reCommentRules matches a pointer to a comment section's rules.
var reCommentRules = regexp.MustCompile(`^(?i:(?:please )?(?:read|see|follow|check|review) (?:our|the) (?:community (?:guidelines|standards|rules)|house rules|comment(?:ing|s)? (?:policy|guidelines|rules)|moderation policy|participation guidelines)(?: (?:first|before (?:commenting|posting|you comment|you post|taking part)))?|(?:all )?comments are (?:pre-?)?moderated(?: before they appear| (?:in line with|according to|under) (?:our|the) (?:community (?:guidelines|standards|rules)|house rules|comment(?:ing|s)? (?:policy|guidelines|rules)|moderation policy))?)[.!]?$`)

// commentPrompt reports a comment section's stub (reCommentRules and
// commentControl, sentence by sentence).
func commentPrompt(s string, words int) bool {
	if words > 30 || strings.ContainsAny(s, "\"“”") {
		return false
	}
	rules := false
	for _, sent := range strings.SplitAfter(s, ". ") {
		sent = strings.TrimSpace(sent)
		switch {
		case reCommentRules.MatchString(sent):
			rules = true
		case commentControl(sent, wordCount(sent)):
		default:
			return false
		}
	}
	return rules
}
