package ingest

import "regexp"

// reTestingPolicy matches a review site's note on how it stays independent
// of the makers it tests, set under a review: "Homeproof buys every
// product it tests.", "We never accept free samples from manufacturers.",
// "We pay for everything we review." The note speaks for the site (its
// name or "we") about buying what it tests or refusing samples and gifts.
var reTestingPolicy = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,2}|We|Our (?:testers|team|experts|reviewers)) (?:(?:always |independently )?(?:buys?|pays? for) (?:every|all|each|everything)(?: (?:of )?(?:the )?(?:products?|items?|appliances?|gadgets?|things?))? (?:it|we|they) (?:tests?|reviews?|rates?)|(?:never|do not|don't|does not|doesn't|will never) (?:accept|take) (?:any )?(?:free )?(?:samples|gifts|freebies|payment|loans|review units)(?: from (?:manufacturers|makers|brands|retailers|companies))?)[.!]?$`)

// testingPolicyNote reports a short note (at most three sentences, no
// reported speech or quotation) whose every sentence is such a policy
// statement (reTestingPolicy): site furniture, not the review.
func testingPolicyNote(s, lower string, words int) bool {
	if words > 40 || reported(lower) {
		return false
	}
	sents := splitSentences(s)
	if len(sents) == 0 || len(sents) > 3 {
		return false
	}
	for _, x := range sents {
		if !reTestingPolicy.MatchString(x) {
			return false
		}
	}
	return true
}
