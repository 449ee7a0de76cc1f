package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A local paper's footer may give its name and street address, then say
// which group it belongs to: "Holtby Gazette, 12 Mill Lane, Holtby. A
// Northmoor Media title.", "The Echo, 3 Quay Road, Fenwick. Part of
// Eastline Newspapers." postalLine takes an address block that ends
// without a full stop; this one closes on the group's sentence, so it
// stayed as text. A street address in the first sentence and a last
// sentence that only names the group ("A … title", "Part of …") tell it;
// a story's sentence with an address has a verb and goes on.

// reGroupSentence matches the sentence naming the paper's group.
var reGroupSentence = regexp.MustCompile(`^(?:An? (?:\p{Lu}[\p{L}&'’-]* ){1,5}(?:title|publication|newspaper|brand|company)|Part of (?:the )?(?:\p{Lu}[\p{L}&'’-]* ?){1,6})\.$`)

// publisherImprint reports a paper's footer of address and group.
func publisherImprint(s, lower string, words int) bool {
	if words > 30 || strings.ContainsAny(s, "\"“”") || reported(lower) {
		return false
	}
	k := strings.LastIndex(strings.TrimSuffix(s, "."), ". ")
	if k < 0 {
		return false
	}
	address, group := s[:k], s[k+2:]
	return strings.Count(address, ",") >= 2 && (reStreet.MatchString(address) || rePostcode.MatchString(address)) &&
		addressItems(address) && reGroupSentence.MatchString(group)
}

// addressItems reports an address block: items parted by commas whose
// words are all capitalised or figures ("Holtby Gazette, 12 Mill Lane,
// Holtby"), never a clause ("Police were called to …").
func addressItems(s string) bool {
	for _, item := range strings.Split(s, ",") {
		for _, w := range strings.Fields(item) {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && w != "of" && w != "the" && w != "and" && w != "upon" {
				return false
			}
		}
	}
	return true
}
